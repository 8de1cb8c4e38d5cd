// Long pages are navigable without JavaScript: place pages open with a
// contents list of their topics, /metrics/ lists the measures two or more
// places report before the rest (folded away), and place pages link to
// comparisons that exist.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/lib/data/index.ts";
import { readPage } from "../support/site.ts";

const { dataset } = loadDataset(process.env["DATA_DIR"] ?? "data");
if (!dataset) throw new Error("the data set the site was built from does not load");
const data = dataset;
const placesReporting = (metric: string) =>
  new Set(data.factsByMetric.get(metric)?.map((f) => f.region)).size;

describe("place pages", () => {
  const places = data.regions.filter((r) => {
    const metrics = data.factsByRegion.get(r.id)?.map((f) => data.metricById.get(f.metric)?.topic);
    return new Set(metrics).size > 1;
  });

  it.each(places.map((r) => [r.id]))("%s lists its topics and links to comparisons", (id) => {
    const html = readPage(`/regions/${id}/`);
    const nav = /<nav class="page-contents"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
    const topics = [...html.matchAll(/<h2 id="(topic-[a-z]+)"/g)].map((m) => m[1]);
    expect(topics.length).toBeGreaterThan(1);
    for (const topic of topics) expect(nav).toContain(`href="#${topic}"`);
    expect(html).toMatch(/href="[^"]*\/compare\/\?places=/);
  });
});

describe("/metrics/", () => {
  const html = readPage("/metrics/");

  it("lists every measure once", () => {
    for (const m of data.metrics) {
      expect(html.split(`/metrics/${m.id}/"`).length - 1, m.id).toBe(1);
    }
  });

  it("shows the measures two or more places report and folds the others away", () => {
    const folded = [...html.matchAll(/<details>[\s\S]*?<\/details>/g)].map((d) => d[0]).join("");
    for (const m of data.metrics) {
      const inFold = folded.includes(`/metrics/${m.id}/"`);
      expect(inFold, `${m.id}: ${placesReporting(m.id)} places`).toBe(placesReporting(m.id) < 2);
    }
  });
});
