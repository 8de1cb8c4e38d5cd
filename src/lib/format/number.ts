// TEMPORARY STUB written by the lead so pages can build; the chart helper replaces this file entirely.
export function formatValue(value: number, qualifier: string, unit: string): string {
  const q = { exact: "", over: "+", about: "约", nearly: "近" }[qualifier] ?? "";
  return qualifier === "over" ? `${value}${q} ${unit}` : `${q}${value} ${unit}`;
}
export function formatPeriod(period: string): string {
  return `${period.replace("-", "–")}年`;
}
