// Temporary self-check for curators: quote in snapshot, value in quote, vocabularies.
import { readFileSync, readdirSync } from "node:fs";
import Papa from "/work/main/node_modules/papaparse/papaparse.js";
const file = process.argv[2];
const rows = Papa.parse(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
const metrics = new Set();
for (const f of readdirSync("/work/main/data/staging").filter((f) => f.endsWith("metrics.csv") || f === "metrics-core.csv"))
  for (const m of Papa.parse(readFileSync("/work/main/data/staging/" + f, "utf8"), { header: true, skipEmptyLines: true }).data) metrics.add(m.id);
const regions = new Set(Papa.parse(readFileSync("/work/main/data/regions.csv", "utf8"), { header: true, skipEmptyLines: true }).data.map((r) => r.id));
const cn = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const units = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
function chinese(s) { let total = 0, sec = 0, n = 0; for (const c of s) { if (c in cn) n = cn[c]; else if (c === "万") { total += (sec + n) * 10000; sec = 0; n = 0; } else { sec += (n || 1) * units[c]; n = 0; } } return total + sec + n; }
function numbers(q) {
  const out = [];
  for (const m of q.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*[余多]?\s*(万|亿)?/g)) { const v = Number(m[1].replace(/,/g, "")); out.push(v); if (m[2] === "万") out.push(Math.round(v * 10000 * 1e6) / 1e6); if (m[2] === "亿") out.push(Math.round(v * 1e8)); }
  for (const m of q.matchAll(/[零〇一二两三四五六七八九十百千万]+/g)) out.push(chinese(m[0]));
  return out;
}
const ids = new Set(); let errors = 0;
rows.errors.forEach((e) => { console.log(`${file}:${(e.row ?? 0) + 2}: ${e.message}`); errors++; });
rows.data.forEach((r, i) => {
  const line = i + 2, err = (m) => { console.log(`${file}:${line}: ${m}`); errors++; };
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.id)) err(`bad id "${r.id}"`);
  if (ids.has(r.id)) err(`duplicate id "${r.id}"`); ids.add(r.id);
  if (!regions.has(r.region)) err(`unknown region "${r.region}"`);
  if (!metrics.has(r.metric)) err(`unknown metric "${r.metric}"`);
  if (!["exact", "over", "about", "nearly"].includes(r.qualifier)) err(`bad qualifier "${r.qualifier}"`);
  if (!/^\d{4}(-\d{4})?$/.test(r.period)) err(`bad period "${r.period}"`);
  if (!/^-?\d+(\.\d+)?$/.test(r.value)) err(`value "${r.value}" is not a plain number`);
  let snap; try { snap = readFileSync(`/work/main/data/sources/${r.source}.txt`, "utf8").replace(/\s+/g, ""); } catch { err(`unknown source "${r.source}"`); return; }
  if ([...r.quote].length > 80) err(`quote longer than 80 characters`);
  if (!snap.includes(r.quote.replace(/\s+/g, ""))) err(`quote not found in data/sources/${r.source}.txt: "${r.quote}"`);
  if (!numbers(r.quote).some((n) => Math.abs(n - Number(r.value)) < 1e-9)) err(`value ${r.value} not written in quote "${r.quote}" (found ${numbers(r.quote).join(", ")})`);
});
console.log(`${rows.data.length} facts, ${errors} problems`);
process.exit(errors ? 1 : 0);
