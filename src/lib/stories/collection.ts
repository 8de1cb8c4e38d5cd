/**
 * Published stories, newest first (drafts are left out of the site).
 */
import { getCollection, type CollectionEntry } from "astro:content";

/** A story entry of the `stories` collection. */
export type Story = CollectionEntry<"stories">;

/** Every non-draft story, newest first. */
export async function publishedStories(): Promise<Story[]> {
  const stories = await getCollection("stories", (entry) => !entry.data.draft);
  return stories.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}
