/**
 * Chinese (and English) display names for the fixed vocabularies of the data contract.
 */
import type { Basis, Level, Qualifier, SourceKind, Topic } from "./data/schema.ts";

/** Topic names, in the order topics are shown on place pages. */
export const TOPIC_LABELS: Record<Topic, { zh: string; en: string }> = {
  party: { zh: "党建", en: "Party building" },
  volunteer: { zh: "志愿服务", en: "Volunteering" },
  care: { zh: "养老服务", en: "Elderly care" },
  health: { zh: "健康医疗", en: "Health" },
  education: { zh: "老年教育", en: "Senior education" },
  culture: { zh: "文体活动", en: "Culture & sport" },
  governance: { zh: "组织与机制", en: "Organisation" },
  service: { zh: "服务保障", en: "Services & support" },
  honours: { zh: "荣誉", en: "Honours" },
};

/** Administrative levels as shown beside place names. */
export const LEVEL_LABELS: Record<Level, { zh: string; en: string }> = {
  province: { zh: "省级", en: "province-level" },
  city: { zh: "市", en: "city" },
  district: { zh: "区", en: "district" },
  county: { zh: "县", en: "county" },
};

// What a name's ending already says about its level: 海淀区 is a district, XX县 a county.
const LEVEL_SUFFIXES: Record<Level, RegExp> = {
  province: /(?:省|自治区)$/u,
  city: /(?:市|自治州|地区|盟)$/u,
  district: /区$/u,
  county: /(?:县|旗)$/u,
};

/**
 * The level to show beside a place's name, or undefined when the name already
 * says it (苏州市, 海淀区, XX县); 北京市 is a province-level place, so "省级".
 */
export function levelNote(name: string, level: Level): string | undefined {
  return LEVEL_SUFFIXES[level].test(name) ? undefined : LEVEL_LABELS[level].zh;
}

/** A place's name with its level only where it adds something: "苏州市", "北京市（省级）". */
export function withLevel(name: string, level: Level): string {
  const note = levelNote(name, level);
  return note === undefined ? name : `${name}（${note}）`;
}

/** What a figure counts on, as caveats and tables name it ("海淀区为单次活动期间的数字"). */
export const BASIS_LABELS: Record<Basis, { zh: string; en: string }> = {
  stock: { zh: "现有总量", en: "standing total" },
  period: { zh: "年内新增或开展的数量", en: "new or held within the year" },
  cumulative: { zh: "多年累计数", en: "cumulative over several years" },
  campaign: { zh: "一次活动或活动月期间的数字", en: "during one campaign or event" },
  frequency: { zh: "频次", en: "frequency" },
  unstated: { zh: "未说明统计时段的数字", en: "time frame not stated" },
};

/** Source kinds. */
export const KIND_LABELS: Record<SourceKind, string> = {
  "news-feature": "新闻报道",
  speech: "讲话",
  "official-article": "机关署名文章",
};

/** Qualifiers as words, for tables and notes. */
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: "确数",
  over: "下限（余/多/超过）",
  about: "约数",
  nearly: "接近（近）",
};
