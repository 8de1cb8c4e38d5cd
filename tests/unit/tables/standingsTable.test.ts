import { describe, expect, it } from "vitest";
import type { Standing } from "../../../src/lib/charts/standing.ts";
import type { Fact, Metric, Region } from "../../../src/lib/data/schema.ts";
import { standingsTable, stripX } from "../../../src/lib/tables/standingsTable.ts";

const HOSTILE = "<script>alert(\"x\")</script> & 'q'";

const metric = (over: Partial<Metric> = {}) =>
  ({ id: "vol", name_zh: "老年志愿者", unit_zh: "人", topic: "volunteer", ...over }) as Metric;
const region = (id: string) => ({ id, name_zh: id, level: "district" }) as Region;
const fact = (id: string, value: number, over: Partial<Fact> = {}) =>
  ({
    id,
    region: id,
    metric: "vol",
    value,
    qualifier: "exact",
    period: "2024",
    source: "src-2024",
    ...over,
  }) as Fact;

function standing(over: Partial<Standing> = {}): Standing {
  const latest = fact("b", 20);
  const peers = [fact("c", 30), latest, fact("a", 10)].map((f) => ({
    region: region(f.id),
    fact: f,
  }));
  return { metric: metric(), latest, peers, rank: 2, caveats: [], ...over };
}

const cells = (html: string) =>
  [...html.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1]);

describe("standingsTable", () => {
  it("lists each measure's latest figure linked to its quote, its period and rank", () => {
    const html = standingsTable([standing()], { caption: "甲 · 志愿服务" });
    expect(html).toMatch(/^<table><caption>甲 · 志愿服务<\/caption><thead>/);
    expect(html).toContain('<a href="/metrics/vol/">老年志愿者</a>');
    expect(html).toContain('<a href="/sources/src-2024/#b">20 人</a>');
    expect(html).toContain("<td>2024年</td>");
    expect(html).toContain("第 2 / 3 ");
    expect(html).not.toContain("id=");
  });

  it("anchors each row as its latest figure when asked (pages without the full table)", () => {
    const html = standingsTable([standing()], { caption: "c", anchors: true });
    expect(html).toContain('<tr id="fact-b">');
  });

  it("draws one dot per peer, the place's own last and larger, highest at the right", () => {
    const html = standingsTable([standing()], { caption: "c" });
    // The peers as one path of zero-length strokes (round caps draw the dots), then the place.
    expect(html).toContain('<path class="peers" d="M92 6h0M4 6h0"/>');
    expect(html).toMatch(/<circle class="own" cx="48" cy="6" r="4.5"\/><\/svg>/);
    expect(stripX(standing())).toEqual([92, 48, 4]);
    // One value shared by all: every dot in the middle.
    const flat = standing({
      peers: [fact("x", 5), fact("y", 5)].map((f) => ({ region: region(f.id), fact: f })),
    });
    expect(stripX(flat)).toEqual([48, 48]);
  });

  it("says when nothing compares, and names the caveats", () => {
    const alone = standing({ peers: [{ region: region("b"), fact: fact("b", 20) }], rank: 1 });
    expect(standingsTable([alone], { caption: "c" })).toContain(
      '<span class="muted">无可比地区</span>',
    );
    const mixed = standingsTable([standing({ caveats: ["年份不同", "含约数或下限"] })], {
      caption: "c",
    });
    expect(mixed).toContain('<span class="note">（年份不同，含约数或下限）</span>');
  });

  it("escapes every text: caption, measure name, unit, caveats and link targets", () => {
    const hostile = standing({
      metric: metric({ id: 'v"><x', name_zh: HOSTILE, unit_zh: "<b>" }),
      caveats: [HOSTILE],
    });
    const html = standingsTable([hostile], { caption: HOSTILE });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain('"><x');
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;");
    expect(cells(html).some((c) => c?.includes("&lt;b&gt;"))).toBe(true);
  });

  it("never self-closes an HTML element, even an empty one", () => {
    const html = standingsTable([], { caption: "" });
    expect(html).not.toMatch(/<(t\w+|caption|a|span)( [^>]*)?\/>/);
    expect(html).toContain("<caption></caption>");
    expect(html).toContain("<tbody></tbody>");
  });
});
