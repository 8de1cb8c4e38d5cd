// Every figure can be followed both ways in the built site: its quote on the
// source page links to the figure's row on the place page and on the measure
// page (#fact-<id>), and that row links back to the quote (#<id>), which is
// anchored on the source page.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { readPage } from "../support/site.ts";

const { dataset } = loadDataset(process.env["DATA_DIR"] ?? "data");
if (!dataset) throw new Error("the data set the site was built from does not load");
const facts = dataset.facts;

const cache = new Map<string, string>();
const page = (path: string) => {
  let html = cache.get(path);
  if (html === undefined) cache.set(path, (html = readPage(path)));
  return html;
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** An href to `path` (under any base path) with `fragment`. */
const linkTo = (path: string, fragment: string) =>
  new RegExp(`href="[^"]*${escape(path)}#${escape(fragment)}"`);

/** The markup of the table row with id `id`, or undefined. */
function row(html: string, id: string): string | undefined {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return undefined;
  const end = html.indexOf("</tr>", start);
  return html.slice(start, end);
}

describe("quote → figure → quote", () => {
  it("covers every fact of the data set", () => {
    expect(facts.length).toBeGreaterThan(200);
  });

  it.each(facts.map((f) => [f.id, f] as const))("%s", (_id, fact) => {
    const source = page(`/sources/${fact.source}/`);
    expect(source, "quote anchored on the source page").toContain(`id="${fact.id}"`);
    for (const figurePage of [`/regions/${fact.region}/`, `/metrics/${fact.metric}/`]) {
      expect(source, `quote links to its figure on ${figurePage}`).toMatch(
        linkTo(figurePage, `fact-${fact.id}`),
      );
      const figure = row(page(figurePage), `fact-${fact.id}`);
      expect(figure, `${figurePage} has the row #fact-${fact.id}`).toBeDefined();
      expect(figure, `the row on ${figurePage} links back to the quote`).toMatch(
        linkTo(`/sources/${fact.source}/`, fact.id),
      );
    }
  });
});
