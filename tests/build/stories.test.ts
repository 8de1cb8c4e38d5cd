// Stories: every story builds; <Fact> prints exactly the data's value as the
// source qualifies it; a story citing an unknown id stops the build with
// `file:line: unknown fact "…"`; RSS lists the stories.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { formatValue } from "../../src/lib/format/number.ts";
import { readPage, runBuild } from "../support/site.ts";

const data = loadDataset("data").dataset;
if (!data) throw new Error("data/ does not validate; run npm run validate");
const slugs = readdirSync("src/content/stories")
  .filter(
    (f) =>
      f.endsWith(".mdx") &&
      !/^draft:\s*true/m.test(readFileSync(join("src/content/stories", f), "utf8")),
  )
  .map((f) => f.replace(/\.mdx$/, ""));
const scratch = mkdtempSync(join(tmpdir(), "silver-atlas-stories-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe("stories", () => {
  it("has at least three published stories, each built", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(3);
    for (const slug of slugs) expect(readPage(`/stories/${slug}/`)).toContain("data-pagefind-body");
  });

  it("prints every <Fact> exactly as the data gives it, linked to its quote", () => {
    let checked = 0;
    for (const slug of slugs) {
      const html = readPage(`/stories/${slug}/`);
      for (const m of html.matchAll(
        /<a class="fact[^"]*" href="([^"]+)"[^>]*data-fact="([^"]+)"([^>]*)>([^<]*)<\/a>/g,
      )) {
        const fact = data.factById.get(m[2] ?? "");
        expect(fact, m[2]).toBeDefined();
        if (!fact) continue;
        expect(m[1]).toBe(`/sources/${fact.source}/#${fact.id}`);
        // `<Fact unit={false}>` prints the bare number; it says so in data-unit.
        const unit = m[3]?.includes('data-unit="none"')
          ? ""
          : (data.metricById.get(fact.metric)?.unit_zh ?? "");
        expect(decode(m[4] ?? "")).toBe(formatValue(fact.value, fact.qualifier, unit));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("keeps every <Fact> inside its sentence, with no stray space where a line was wrapped", () => {
    for (const slug of slugs) {
      const html = readPage(`/stories/${slug}/`);
      const body = html
        .slice(html.indexOf('class="story-body"'), html.indexOf('class="related"'))
        .replace(/<svg[\s\S]*?<\/svg>/g, "");
      // A fact link between paragraphs is a figure that broke out of its sentence.
      expect(body, slug).not.toMatch(/<\/p>\s*<a class="fact/);
      // A line break between two Chinese characters shows as a space in the browser.
      // Also where the break meets a link or emphasis: "指标：⏎<a>离退休…". (After a <Fact>'s
      // number the space is the site's convention, so a closing </a> is not checked.)
      expect(body, slug).not.toMatch(
        /[\u4e00-\u9fff，。、；：](?:<\/(?:strong|em)>)?\s*\n\s*(?:<(?:a|strong|em)\b[^>]*>)?[\u4e00-\u9fff“]/u,
      );
    }
  });

  it("lists the stories in the RSS feed", () => {
    const rss = readPage("/rss.xml");
    for (const slug of slugs) expect(rss).toContain(`/stories/${slug}/`);
  });

  it("refuses a story that cites a fact, measure or place that does not exist", () => {
    const out = join(scratch, "dist");
    const { status, stdout, stderr } = runBuild(out, {
      STORIES_DIR: "tests/fixtures/stories/unknown-fact",
    });
    const printed = stdout + stderr;
    expect(status).toBe(1);
    expect(printed).toContain(
      'tests/fixtures/stories/unknown-fact/bad-story.mdx:10: unknown fact "no-such-fact"',
    );
    expect(printed).toContain(
      'tests/fixtures/stories/unknown-fact/bad-story.mdx:12: unknown measure "no-such-measure"',
    );
    expect(printed).toContain(
      'tests/fixtures/stories/unknown-fact/bad-story.mdx:12: unknown place "atlantis"',
    );
  });
});
