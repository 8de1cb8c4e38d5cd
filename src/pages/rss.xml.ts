/** `/rss.xml`: the stories feed (titles and standfirsts are escaped by @astrojs/rss). */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { absoluteUrl } from "../lib/links.ts";
import { publishedStories } from "../lib/stories/collection.ts";

export const GET: APIRoute = async (context) => {
  const stories = await publishedStories();
  const site = context.site ?? "https://silver-atlas.example.org";
  return rss({
    title: "银龄图谱 Silver Atlas · 故事",
    description: "用有出处的数据写成的老干部工作与养老服务报道。",
    site,
    customData: "<language>zh-cn</language>",
    items: stories.map((story) => ({
      title: story.data.title,
      description: story.data.dek,
      pubDate: story.data.date,
      // Absolute: @astrojs/rss resolves a path against the origin, dropping the base path.
      link: absoluteUrl(`/stories/${story.id}/`, site),
    })),
  });
};
