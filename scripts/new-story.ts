/**
 * `npm run new-story -- <slug>`: scaffolds src/content/stories/<slug>.mdx with
 * the frontmatter every story needs and one example of each data component
 * (`<Fact>`, `<SourceQuote>`, `<Compare>`, `<Chart metric>` and `<Chart facts>`),
 * filled with ids that exist, as a draft.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { getDataset, type Dataset, type Fact } from "../src/lib/data/index.ts";
import { storiesDir } from "../src/lib/stories/dir.ts";

/** Text of a new story that cites real ids from the data set. */
export function storyTemplate(slug: string, today: string): string {
  const data = getDataset();
  const fact = data.facts[0];
  if (!fact) throw new Error("the data set has no facts to cite");
  const metric = fact.metric;
  const regions = [...new Set((data.factsByMetric.get(metric) ?? []).map((f) => f.region))].slice(
    0,
    4,
  );
  const pair = factsOfOneUnit(data, fact.region);
  return `---
title: 新故事标题（${slug}）
dek: 一两句话的导语：这篇故事讲什么，读者能得到什么。
date: ${today}
author: 编辑姓名
regions: [${JSON.stringify(fact.region)}]
topics: [${JSON.stringify(data.metricById.get(metric)?.topic ?? "party")}]
draft: true
---

正文用 Markdown 书写。数字不要手打，用组件从数据中取：

据报道，这一数字为 <Fact id="${fact.id}" />（点击数字可看到原文）。

<SourceQuote fact="${fact.id}" />

<Compare metric="${metric}" regions={${list(regions)}} />

<Chart metric="${metric}" regions={${list(regions)}} />

同一单位的几个数字也可以并排成图（单位不同会被拒绝）：

<Chart facts={${list(pair)}} title="同一地方、同一单位的几项数字" />

写完后把 \`draft: true\` 改为 \`draft: false\`，运行 \`npm run validate\` 和 \`npm start\` 预览。
`;
}

/** A JSX list of ids as editors write it: `["a", "b"]`. */
const list = (ids: string[]) => `[${ids.map((id) => JSON.stringify(id)).join(", ")}]`;

/**
 * Two facts of one place in one unit but of different measures, for the
 * `<Chart facts>` example (the place of `preferred` first, then any place).
 */
function factsOfOneUnit(data: Dataset, preferred: string): string[] {
  const places = [preferred, ...data.regions.map((r) => r.id).filter((id) => id !== preferred)];
  for (const place of places) {
    const byUnit = new Map<string, Fact[]>();
    for (const f of data.factsByRegion.get(place) ?? []) {
      const unit = data.metricById.get(f.metric)?.unit_zh ?? "";
      const same = byUnit.get(unit) ?? [];
      if (same.every((g) => g.metric !== f.metric)) same.push(f);
      byUnit.set(unit, same);
      if (same.length === 2) return same.map((g) => g.id);
    }
  }
  return data.facts.slice(0, 1).map((f) => f.id);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const slug = process.argv[2] ?? "";
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    console.error(
      "usage: npm run new-story -- <slug>   (slug: lowercase ASCII words joined by hyphens)",
    );
    process.exit(1);
  }
  const dir = storiesDir();
  const file = join(dir, `${slug}.mdx`);
  if (existsSync(file)) {
    console.error(`${file} already exists`);
    process.exit(1);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, storyTemplate(slug, new Date().toISOString().slice(0, 10)));
  console.log(
    `created ${file} (a draft). Edit it, set draft: false, then npm run validate && npm start.`,
  );
}
