/**
 * Unit and measure words that follow a figure (`147支`, `2.3万人次`, `8.72%`),
 * longest first so 人次 is read before 人 and 场次 before 场.
 */

/** Measure words, with the English unit used for suggested measure ids. */
export const UNITS: readonly (readonly [string, string])[] = [
  ["个百分点", "percentage-points"],
  ["百分点", "percentage-points"],
  ["人次", "person-times"],
  ["场次", "events"],
  ["班次", "classes"],
  ["小时", "hours"],
  ["个月", "months"],
  ["平方米", "square-metres"],
  ["公里", "kilometres"],
  ["周岁", "years-of-age"],
  ["周年", "anniversary"],
  ["元", "yuan"],
  ["%", "percent"],
  ["％", "percent"],
  ["人", "people"],
  ["名", "people"],
  ["位", "people"],
  ["户", "households"],
  ["个", "items"],
  ["支", "teams"],
  ["家", "institutions"],
  ["张", "beds"],
  ["场", "events"],
  ["次", "times"],
  ["项", "items"],
  ["件", "items"],
  ["所", "institutions"],
  ["座", "buildings"],
  ["条", "items"],
  ["处", "sites"],
  ["部", "units"],
  ["幅", "works"],
  ["册", "copies"],
  ["本", "copies"],
  ["篇", "articles"],
  ["门", "courses"],
  ["期", "editions"],
  ["类", "categories"],
  ["种", "kinds"],
  ["套", "sets"],
  ["台", "units"],
  ["辆", "vehicles"],
  ["份", "copies"],
  ["床", "beds"],
  ["间", "rooms"],
  ["批", "batches"],
  ["轮", "rounds"],
  ["组", "groups"],
  ["队", "teams"],
  ["堂", "lessons"],
  ["节", "lessons"],
  ["课", "lessons"],
  ["倍", "times"],
  ["年", "years"],
  ["天", "days"],
  ["岁", "years-of-age"],
  ["等", "rank"],
  ["级", "levels"],
  ["届", "sessions"],
  ["大", "parts"],
];

/** Units by their first character, longest first, so a lookup tries only a few. */
const BY_FIRST = new Map<string, (readonly [string, string])[]>();
for (const unit of UNITS) {
  const first = unit[0][0] ?? "";
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), unit]);
}

/** The unit word at `at` in `text`, with its English name, if any. */
export function unitAt(text: string, at: number): readonly [string, string] | undefined {
  const ch = text[at];
  if (ch === undefined) return undefined;
  for (const unit of BY_FIRST.get(ch) ?? []) if (text.startsWith(unit[0], at)) return unit;
  return undefined;
}
