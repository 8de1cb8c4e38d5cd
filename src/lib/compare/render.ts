/**
 * The comparison as HTML: one table per topic, measures down, places across,
 * each figure linked to its quote. One renderer for both sides, so the page
 * built without JavaScript and the one the `<compare-places>` element redraws
 * read the same. Every text from the data is escaped here.
 */
import { formatPeriod, formatValue } from "../format/number.ts";
import { escapeHtml } from "../html.ts";
import { levelNote, TOPIC_LABELS } from "../labels.ts";
import { metricUrl, quoteUrl, regionUrl } from "../links.ts";
import type { CompareFact, Comparison, CompareMetric, ComparePlace } from "./model.ts";

/** The level in brackets, unless the name already says it (海淀区, not 海淀区（区）; `levelNote`). */
export function levelSuffix(place: Pick<ComparePlace, "name" | "level">): string {
  const note = levelNote(place.name, place.level);
  return note === undefined ? "" : `（${note}）`;
}

/** "海淀区、厦门市和苏州市". */
export function placeList(places: readonly Pick<ComparePlace, "name">[]): string {
  const names = places.map((p) => p.name);
  if (names.length < 2) return names.join("");
  return `${names.slice(0, -1).join("、")}和${names.at(-1) ?? ""}`;
}

/** A note escaped, each year or span of years kept on one line ("2021年" never splits). */
const keepYears = (note: string): string =>
  escapeHtml(note).replace(/\d{4}(?:–\d{4})?年/g, (year) => `<span class="nowrap">${year}</span>`);

/** Heading id of a topic's table, for the contents list and links. */
export const topicAnchor = (topic: string): string => `compare-${topic}`;

function header(place: ComparePlace, comparison: Comparison): string {
  const outer = comparison.containment.filter((c) => c.inner.id === place.id);
  const within = outer.map(
    (c) => `<span class="compare-within">属${escapeHtml(c.outer.name)}</span>`,
  );
  return `<th scope="col" class="num"><a href="${escapeHtml(regionUrl(place.id))}">${escapeHtml(place.name)}</a>${escapeHtml(levelSuffix(place))}${within.join("")}</th>`;
}

function figure(fact: CompareFact, metric: CompareMetric): string {
  const value = formatValue(fact.value, fact.qualifier, metric.unit);
  return `<span class="compare-figure"><a href="${escapeHtml(quoteUrl(fact))}">${escapeHtml(value)}</a> <span class="compare-period">${escapeHtml(formatPeriod(fact.period))}</span>${fact.detail ? `<span class="compare-detail">${escapeHtml(fact.detail)}</span>` : ""}</span>`;
}

function cell(facts: readonly CompareFact[], metric: CompareMetric, place: ComparePlace): string {
  const label = `data-label="${escapeHtml(place.name)}"`;
  if (facts.length === 0) {
    return `<td class="num compare-none" ${label}><span aria-hidden="true">—</span><span class="visually-hidden">未报告</span></td>`;
  }
  return `<td class="num" ${label}>${facts.map((f) => figure(f, metric)).join("")}</td>`;
}

/** The whole comparison as HTML (notes, then a table per topic); `heading` is the topics' level. */
export function renderComparison(comparison: Comparison, heading: "h2" | "h3" = "h2"): string {
  const { places, topics, notes } = comparison;
  if (topics.length === 0) return `<p>所选地区没有可以比较的数据。</p>`;
  const head = `<tr><th scope="col">指标</th>${places.map((p) => header(p, comparison)).join("")}</tr>`;
  const notesHtml =
    notes.length === 0
      ? ""
      : `<ul class="note compare-notes">${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>`;
  const tables = topics.map(({ topic, rows }) => {
    const name = TOPIC_LABELS[topic].zh;
    const body = rows
      .map((row) => {
        const m = row.metric;
        const rowNotes = row.notes.map(
          (n) => `<span class="note compare-row-note">${keepYears(n)}</span>`,
        );
        return `<tr><th scope="row"><a href="${escapeHtml(metricUrl(m.id))}">${escapeHtml(m.name)}</a>${rowNotes.join("")}</th>${places.map((p, i) => cell(row.cells[i] ?? [], m, p)).join("")}</tr>`;
      })
      .join("");
    return `<section class="compare-topic" aria-labelledby="${topicAnchor(topic)}"><${heading} id="${topicAnchor(topic)}">${escapeHtml(name)}</${heading}><div class="table-wrap compare-table"><table><caption class="visually-hidden">${escapeHtml(`${name}：${placeList(places)}`)}</caption><thead>${head}</thead><tbody>${body}</tbody></table></div></section>`;
  });
  const contents = `<nav class="compare-contents" aria-label="主题"><ul>${topics
    .map(
      (t) =>
        `<li><a href="#${topicAnchor(t.topic)}">${escapeHtml(TOPIC_LABELS[t.topic].zh)}</a> <span class="muted">${t.rows.length}</span></li>`,
    )
    .join("")}</ul></nav>`;
  return `${notesHtml}${topics.length > 1 ? contents : ""}${tables.join("")}`;
}
