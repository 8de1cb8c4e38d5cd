/**
 * Social cards: `/cards/<name>.png`, 1,200 × 630, one per page type and subject
 * (src/lib/charts/social.ts says which page shows which), drawn at build time
 * with the shipped CJK font.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cardSvg } from "../../lib/charts/card.ts";
import { renderPng } from "../../lib/charts/raster.ts";
import { socialCards } from "../../lib/charts/social.ts";
import { getDataset } from "../../lib/data/index.ts";
import { storiesDir } from "../../lib/stories/dir.ts";
import { findReferences } from "../../lib/stories/references.ts";
import { publishedStories } from "../../lib/stories/collection.ts";

export const getStaticPaths = (async () => {
  const stories = (await publishedStories()).map((s) => {
    const file = s.filePath ?? join(storiesDir(), `${s.id}.mdx`);
    const facts = findReferences(readFileSync(file, "utf8"))
      .filter((r) => r.kind === "fact")
      .map((r) => r.id);
    return { slug: s.id, title: s.data.title, dek: s.data.dek, facts };
  });
  const host = (import.meta.env.SITE ?? "https://silver-atlas.example.org").replace(
    /^https?:\/\/|\/$/gu,
    "",
  );
  const cards = socialCards(getDataset(), stories, host);
  // Drawn all at once (resvg's async render uses every core), then handed out page by page.
  const pngs = await Promise.all(cards.map(({ card }) => renderPng(cardSvg(card))));
  return cards.map(({ name }, i) => ({ params: { file: `${name}.png` }, props: { png: pngs[i] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { png } = props as { png: Buffer };
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
