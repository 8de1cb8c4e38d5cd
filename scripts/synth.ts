/**
 * `tsx scripts/synth.ts --places 3000 --metrics 60 --years 5 --out .bench/synth-3000`:
 * writes a synthetic but valid data set for the benchmark — a province → city →
 * county hierarchy, measures across every topic, one figure per place × measure ×
 * year, source snapshots whose sentences contain every quote, and denominators.
 * Everything is marked 合成数据（非真实） / synthetic; the same seed gives the same bytes.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  TOPICS,
  type Level,
  type Metric,
  type Qualifier,
  type Topic,
} from "../src/lib/data/schema.ts";

/** Size and seed of a synthetic data set. */
export interface SynthOptions {
  /** Number of places in all (provinces + cities + counties). */
  places: number;
  /** Number of measures, spread over the topic vocabulary. */
  metrics: number;
  /** Number of years, ending with LAST_YEAR. */
  years: number;
  /** Seed of the pseudo-random generator: the same seed writes the same files. */
  seed: number;
}

/** Row counts of what was written. */
export interface SynthSummary {
  regions: number;
  metrics: number;
  sources: number;
  facts: number;
  population: number;
}

/** The last year a synthetic data set covers. */
export const LAST_YEAR = 2025;
/** Marker file: its presence lets the generator replace a directory it wrote before. */
export const MARKER = "SYNTHETIC.txt";
/** Heading of every synthetic snapshot. */
export const SYNTHETIC_BANNER = "合成数据（非真实）";

interface Place {
  id: string;
  name_zh: string;
  name_en: string;
  level: Level;
  parent: string;
  /** Index of the province the place belongs to. */
  province: number;
  children: Place[];
}

interface Measure extends Omit<Metric, "definition_zh"> {
  /** Typical county figure; 0 marks a percentage. */
  size: number;
}

/** Measure templates per topic: [slug, 中文名, English name, unit zh, unit en, typical county figure]. */
const TEMPLATES: Record<Topic, [string, string, string, string, string, number][]> = {
  party: [
    [
      "retired-party-branches",
      "离退休干部党支部",
      "Retired-cadre party branches",
      "个",
      "branches",
      30,
    ],
    ["retired-party-members", "离退休干部党员", "Retired party members", "名", "members", 3000],
    ["party-day-events", "主题党日活动", "Party-day events", "场", "events", 200],
  ],
  volunteer: [
    ["volunteer-teams", "老党员志愿服务队", "Volunteer teams", "支", "teams", 40],
    ["volunteers", "银发志愿者", "Silver volunteers", "人", "people", 5000],
    ["volunteer-service-times", "志愿服务", "Volunteer services", "人次", "person-times", 20000],
  ],
  care: [
    ["care-stations", "社区养老服务驿站", "Community care stations", "个", "stations", 20],
    ["care-beds", "养老床位", "Elderly-care beds", "张", "beds", 2000],
    ["home-care-coverage", "居家养老服务覆盖率", "Home-care coverage", "%", "percent", 0],
  ],
  health: [
    [
      "health-checks",
      "老年人健康体检",
      "Health checks for the elderly",
      "人次",
      "person-times",
      30000,
    ],
    ["family-doctor-rate", "家庭医生签约率", "Family-doctor sign-up rate", "%", "percent", 0],
  ],
  education: [
    ["senior-universities", "老年大学", "Universities for the elderly", "所", "schools", 5],
    ["senior-students", "老年大学学员", "Senior students", "人", "students", 3000],
  ],
  culture: [
    ["culture-events", "文体活动", "Cultural and sports events", "场次", "events", 300],
    ["culture-teams", "文体团队", "Cultural and sports teams", "支", "teams", 50],
  ],
  governance: [
    ["cadre-contacts", "结对联系老干部", "Retired cadres with a contact", "人", "people", 500],
    ["work-meetings", "专题工作会议", "Work meetings", "次", "meetings", 20],
  ],
  service: [
    [
      "home-visits",
      "走访慰问老干部",
      "Home visits to retired cadres",
      "人次",
      "person-times",
      2000,
    ],
    ["service-satisfaction", "服务满意度", "Service satisfaction", "%", "percent", 0],
  ],
  honours: [
    ["honoured-collectives", "获评先进集体", "Collectives honoured", "个", "collectives", 5],
    ["honoured-individuals", "获评先进个人", "Individuals honoured", "名", "people", 20],
  ],
};

const TOPIC_ZH: Record<Topic, string> = {
  party: "党建",
  volunteer: "志愿服务",
  care: "养老服务",
  health: "健康医疗",
  education: "老年教育",
  culture: "文体活动",
  governance: "组织与机制",
  service: "服务保障",
  honours: "荣誉",
};

const CHINESE_DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** mulberry32: a small, fast, seedable generator (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const width = (max: number, min: number) => Math.max(min, String(max).length);

/** Quotes a CSV field only when it needs it. */
const csv = (value: string | number) => {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/**
 * The hierarchy: about one province per 100 places, about one city per ten of
 * the rest, counties for the remainder, dealt round-robin so sizes stay even.
 */
export function placeTree(places: number): Place[] {
  const provinceCount = Math.max(1, Math.round(places / 100));
  const rest = Math.max(0, places - provinceCount);
  const cityCount = Math.min(rest, Math.max(provinceCount, Math.round(rest / 10)));
  const countyCount = rest - cityCount;
  const pw = width(provinceCount, 2);
  const cw = width(Math.ceil(cityCount / provinceCount), 2);
  const xw = width(Math.ceil(countyCount / Math.max(1, cityCount)), 3);
  const gw = width(Math.max(cityCount, countyCount), 4);

  const provinces: Place[] = [];
  for (let i = 0; i < provinceCount; i++) {
    const id = `p${pad(i + 1, pw)}`;
    provinces.push({
      id,
      name_zh: `合成省${pad(i + 1, pw)}`,
      name_en: `Synthetic Province ${i + 1}`,
      level: "province",
      parent: "",
      province: i,
      children: [],
    });
  }
  const cities: Place[] = [];
  for (let i = 0; i < cityCount; i++) {
    const province = provinces[i % provinceCount];
    if (!province) continue;
    const id = `${province.id}-c${pad(province.children.length + 1, cw)}`;
    const city: Place = {
      id,
      name_zh: "",
      name_en: "",
      level: "city",
      parent: province.id,
      province: province.province,
      children: [],
    };
    province.children.push(city);
    cities.push(city);
  }
  for (let i = 0; i < countyCount; i++) {
    const city = cities[i % cityCount];
    if (!city) continue;
    city.children.push({
      id: `${city.id}-x${pad(city.children.length + 1, xw)}`,
      name_zh: "",
      name_en: "",
      level: "county",
      parent: city.id,
      province: city.province,
      children: [],
    });
  }
  // Numbered in reading order (a city's counties are consecutive), not in the order they were dealt.
  let cityNo = 0;
  let countyNo = 0;
  for (const c of provinces.flatMap((p) => p.children)) {
    cityNo++;
    c.name_zh = `合成市${pad(cityNo, gw)}`;
    c.name_en = `Synthetic City ${cityNo}`;
    for (const x of c.children) {
      countyNo++;
      x.name_zh = `合成县${pad(countyNo, gw)}`;
      x.name_en = `Synthetic County ${countyNo}`;
    }
  }
  return provinces;
}

/** Every place of a province, depth first: the province, then each city followed by its counties. */
const flatten = (place: Place): Place[] => [place, ...place.children.flatMap(flatten)];

/** Measures dealt over the topics in turn; a template used again gets a number. */
export function measures(count: number): Measure[] {
  const used = new Map<string, number>();
  return Array.from({ length: count }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length] ?? "party";
    const templates = TEMPLATES[topic];
    const round = Math.floor(i / TOPICS.length);
    const [slug, zh, en, unitZh, unitEn, size] =
      templates[round % templates.length] ?? templates[0]!;
    const n = (used.get(slug) ?? 0) + 1;
    used.set(slug, n);
    return {
      id: n === 1 ? slug : `${slug}-${n}`,
      name_zh: n === 1 ? `${zh}（合成）` : `${zh}（合成${n}）`,
      name_en: n === 1 ? `${en} (synthetic)` : `${en} (synthetic ${n})`,
      unit_zh: unitZh,
      unit_en: unitEn,
      topic,
      size,
    };
  });
}

const LEVEL_FACTOR: Record<Level, number> = { province: 60, city: 8, district: 2, county: 1 };

/** Two significant digits: how reports write hedged figures (余, 约, 近). */
function roundish(value: number): number {
  if (value < 100) return Math.max(1, Math.round(value));
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}

/** A qualifier with the mix the real reports show: mostly exact, then 余/多/超过, 约, 近. */
function pickQualifier(r: number): Qualifier {
  if (r < 0.55) return "exact";
  if (r < 0.8) return "over";
  if (r < 0.9) return "about";
  return "nearly";
}

/** How a figure is written: Arabic, 万 for round ten-thousands, Chinese numerals for small counts. */
function written(value: number, percent: boolean, r: number): string {
  if (percent) return `${value}%`;
  if (value >= 10000 && value % 100 === 0 && r < 0.6) return `${value / 10000}万`;
  if (value <= 10 && r < 0.5) return CHINESE_DIGITS[value] ?? String(value);
  return String(value);
}

/** The quote's wording around the figure for a qualifier: [before, after the unit]. */
function wording(qualifier: Qualifier, r: number): [string, string, string] {
  // [verb before the figure, word between figure and unit, word after the unit]
  switch (qualifier) {
    case "exact":
      return r < 0.5 ? ["为", "", ""] : ["达到", "", ""];
    case "over":
      if (r < 0.3) return ["有", "余", ""];
      if (r < 0.55) return ["有", "多", ""];
      if (r < 0.8) return ["超过", "", ""];
      return ["达", "", "以上"];
    case "about":
      return r < 0.5 ? ["约", "", ""] : ["为", "", "左右"];
    case "nearly":
      return r < 0.5 ? ["近", "", ""] : ["将近", "", ""];
  }
}

/** Writes lines to a file in large chunks, so 900,000 rows never sit in one string. */
function chunkedWriter(path: string, header: string) {
  const fd = openSync(path, "w");
  let buffer: string[] = [header];
  let size = 0;
  return {
    line(text: string) {
      buffer.push(text);
      size += text.length;
      if (size > 1 << 20) this.flush();
    },
    flush() {
      if (buffer.length > 0) writeSync(fd, `${buffer.join("\n")}\n`);
      buffer = [];
      size = 0;
    },
    close() {
      this.flush();
      closeSync(fd);
    },
  };
}

/** Writes a synthetic data set into `outDir` (created; replaced if it holds an earlier synthetic set). */
export function generateSynthetic(options: SynthOptions, outDir: string): SynthSummary {
  const { places: placeCount, metrics: metricCount, years: yearCount, seed } = options;
  if (![placeCount, metricCount, yearCount].every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error("places, metrics and years must be positive integers");
  }
  prepare(outDir);
  const rand = random(seed);
  const provinces = placeTree(placeCount);
  const metrics = measures(metricCount);
  const years = Array.from({ length: yearCount }, (_, i) => LAST_YEAR - yearCount + 1 + i);
  const all = provinces.flatMap(flatten);

  writeFileSync(
    join(outDir, MARKER),
    `${SYNTHETIC_BANNER} / SYNTHETIC DATA — NOT REAL\nGenerated by scripts/synth.ts: ${JSON.stringify(options)}\n`,
  );
  writeFileSync(
    join(outDir, "regions.csv"),
    [
      "id,name_zh,name_en,level,parent",
      ...all.map((p) => [p.id, p.name_zh, p.name_en, p.level, p.parent].map(csv).join(",")),
    ].join("\n") + "\n",
  );
  writeFileSync(
    join(outDir, "metrics.csv"),
    [
      "id,name_zh,name_en,unit_zh,unit_en,topic,definition_zh",
      ...metrics.map((m) =>
        [
          m.id,
          m.name_zh,
          m.name_en,
          m.unit_zh,
          m.unit_en,
          m.topic,
          `合成数据（非真实）：${TOPIC_ZH[m.topic]}方面的虚构指标“${m.name_zh}”，单位${m.unit_zh}。`,
        ]
          .map(csv)
          .join(","),
      ),
    ].join("\n") + "\n",
  );

  // Each place and measure has its own scale, so rankings differ from measure to measure.
  const placeScale = new Map(all.map((p) => [p.id, (0.3 + 2.7 * rand()) * LEVEL_FACTOR[p.level]]));
  const sourcesCsv = ["id,title_zh,publisher_zh,published,kind,file"];
  const facts = chunkedWriter(
    join(outDir, "facts.csv"),
    "id,region,metric,value,qualifier,period,source,quote,note,note_en,basis,relation",
  );
  mkdirSync(join(outDir, "sources"), { recursive: true });
  let factCount = 0;

  for (const province of provinces) {
    const members = flatten(province);
    for (const [yi, year] of years.entries()) {
      const sourceId = `synth-${province.id}-${year}`;
      const title = `${province.name_zh} ${year}年老干部工作报告（合成数据，非真实）`;
      sourcesCsv.push(
        [
          sourceId,
          title,
          "合成数据生成器（非真实）",
          `${year + 1}-02`,
          "official-article",
          `sources/${sourceId}.txt`,
        ]
          .map(csv)
          .join(","),
      );
      const text: string[] = [
        SYNTHETIC_BANNER,
        "SYNTHETIC DATA — NOT REAL. Generated by scripts/synth.ts for build benchmarks; every place and figure is invented.",
        `标题：${title}`,
        "",
      ];
      for (const place of members) {
        const sentences: string[] = [];
        for (const metric of metrics) {
          const percent = metric.size === 0;
          const qualifier = pickQualifier(rand());
          const growth = 1 + 0.06 * yi + 0.1 * (rand() - 0.5);
          let value: number;
          if (percent) value = Math.round((40 + 59 * rand()) * 100) / 100;
          else {
            const raw = metric.size * (placeScale.get(place.id) ?? 1) * growth * (0.5 + rand());
            value = qualifier === "exact" ? Math.max(1, Math.round(raw)) : roundish(raw);
          }
          const number = written(value, percent, rand());
          const [before, between, after] = wording(qualifier, rand());
          const unit = percent ? "" : metric.unit_zh;
          const lead = `${year}年${place.name_zh}${metric.name_zh}${before}`;
          const tail = `${between}${unit}${after}`;
          const quote = `${lead}${number}${tail}`;
          // Like the real reports, some snapshots carry stray spaces and line breaks around figures.
          const r = rand();
          sentences.push(
            r < 0.1 ? `${lead} ${number} ${tail}` : r < 0.13 ? `${lead}\n${number}${tail}` : quote,
          );
          // A few notes carry commas and quotation marks, so the CSV escaping is exercised too.
          const noted = r > 0.98;
          facts.line(
            [
              `${place.id}-${metric.id}-${year}`,
              place.id,
              metric.id,
              value,
              qualifier,
              year,
              sourceId,
              quote,
              noted ? "合成数据，“非真实”，仅供测试" : "",
              noted ? 'Synthetic figure, "not real"; for tests only' : "",
              "period",
              "",
            ]
              .map(csv)
              .join(","),
          );
          factCount++;
        }
        text.push(`${sentences.join("。")}。`, "");
      }
      writeFileSync(join(outDir, "sources", `${sourceId}.txt`), text.join("\n"));
    }
  }
  facts.close();
  writeFileSync(join(outDir, "sources.csv"), `${sourcesCsv.join("\n")}\n`);

  const population = populationRows(provinces, years, rand);
  writeFileSync(join(outDir, "population.csv"), `${population.join("\n")}\n`);
  return {
    regions: all.length,
    metrics: metrics.length,
    sources: sourcesCsv.length - 1,
    facts: factCount,
    population: population.length - 1,
  };
}

/** Denominators built bottom-up (a city is a bit more than its counties), one row per place and year. */
function populationRows(provinces: Place[], years: number[], rand: () => number): string[] {
  const residents = new Map<string, number>();
  const size = (p: Place): number => {
    const below = p.children.reduce((sum, c) => sum + size(c), 0);
    const own = Math.round((p.level === "county" ? 200_000 : 500_000) + 1_300_000 * rand());
    const total = below + own;
    residents.set(p.id, total);
    return total;
  };
  provinces.forEach(size);
  const rows = ["region,period,residents,aged_60_plus,source_title,source_url"];
  for (const place of provinces.flatMap(flatten)) {
    const base = residents.get(place.id) ?? 0;
    const aged = 0.15 + 0.15 * rand();
    for (const [i, year] of years.entries()) {
      const people = Math.round(base * (1 + 0.004 * i));
      rows.push(
        [
          place.id,
          year,
          people,
          Math.round(people * (aged + 0.004 * i)),
          "合成人口数据（非真实）",
          "https://example.org/synthetic",
        ]
          .map(csv)
          .join(","),
      );
    }
  }
  return rows;
}

/** Creates `outDir`, refusing to touch the real data or a directory the generator did not write. */
function prepare(outDir: string): void {
  const target = resolve(outDir);
  const data = resolve("data");
  if (
    !relative(data, target).startsWith("..") ||
    !relative(target, process.cwd()).startsWith("..")
  ) {
    throw new Error(
      `refusing to write synthetic data into "${outDir}": keep it apart from data/ and the project root`,
    );
  }
  if (existsSync(target) && readdirSync(target).length > 0) {
    if (!existsSync(join(target, MARKER))) {
      throw new Error(
        `"${outDir}" is not empty and was not written by scripts/synth.ts; not replacing it`,
      );
    }
    rmSync(target, { recursive: true, force: true });
  }
  mkdirSync(target, { recursive: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      places: { type: "string", default: "100" },
      metrics: { type: "string", default: "60" },
      years: { type: "string", default: "5" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
    },
  });
  const options: SynthOptions = {
    places: Number(values.places),
    metrics: Number(values.metrics),
    years: Number(values.years),
    seed: Number(values.seed),
  };
  const out = values.out ?? `.bench/synth-${options.places}`;
  const started = performance.now();
  try {
    const s = generateSynthetic(options, out);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${out}/: ${s.facts} facts, ${s.regions} places, ${s.metrics} measures, ${s.sources} sources, ${s.population} denominators (${seconds} s)`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
