/**
 * `<site-search>`: runs the form's query through Pagefind's JS API (loaded on
 * demand from <base>/pagefind/pagefind.js), shows typed, highlighted results and
 * keeps the state in the URL. Without JavaScript the form still submits. When the
 * reader asks to search the reports' text too (`quotes=1`), a second Pagefind
 * instance merges the quotes bundles (src/lib/search/quotes.ts); the plain one never
 * loads them, so a first search downloads the main index only.
 */
import { BASE, url } from "../lib/links.ts";
import { QUOTES_DIR, QUOTES_MANIFEST } from "../lib/search/quotes.ts";
import { readState, TYPE_LABELS, writeState, type SearchState } from "../lib/search/state.ts";

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
  anchor?: { id: string };
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    q: string | null,
    o: { filters: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  /** Every filter's values with their page counts (`{ place: { 苏州市: 3 } }`). */
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindInstance extends Pagefind {
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
}
interface PagefindModule extends Pagefind {
  /** A separate instance (1.6+): merging into it leaves the module's own one as it was. */
  createInstance(o?: Record<string, unknown>): PagefindInstance;
}

/** Options of every instance and merged index: short excerpts, the site's base path on URLs. */
const OPTIONS = { excerptLength: 40, baseUrl: BASE };

let pagefind: Promise<PagefindModule> | undefined;
function loadPagefind(): Promise<PagefindModule> {
  // A variable specifier keeps the bundler from trying to resolve the index at build time.
  const bundle = url("/pagefind/pagefind.js");
  pagefind ??= (import(/* @vite-ignore */ bundle) as Promise<PagefindModule>).then(async (p) => {
    // Result URLs are paths from the index root; baseUrl puts the site's base path in front.
    await p.options(OPTIONS);
    return p;
  });
  return pagefind;
}

let withQuotes: Promise<Pagefind> | undefined;
/** The main index merged with the reports' passages, loaded the first time a reader asks. */
function loadWithQuotes(): Promise<Pagefind> {
  withQuotes ??= Promise.all([
    loadPagefind(),
    fetch(url(`/${QUOTES_MANIFEST}`)).then((r) => r.json() as Promise<string[]>),
  ]).then(async ([module, bundles]) => {
    const instance = module.createInstance();
    await instance.options(OPTIONS);
    for (const bundle of bundles)
      await instance.mergeIndex(url(`/${QUOTES_DIR}/${bundle}`), OPTIONS);
    return instance;
  });
  return withQuotes;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Pagefind excerpts are HTML-escaped text with <mark> tags; keep only those tags. */
const safeExcerpt = (html: string) => escapeHtml(html).replace(/&lt;(\/?)mark&gt;/g, "<$1mark>");

/** The section (a heading with an id) whose words match the query best, if any does. */
function bestSection(subs: readonly PagefindSubResult[]): PagefindSubResult | undefined {
  const score = (s: PagefindSubResult) =>
    s.weighted_locations.reduce((sum, w) => sum + w.balanced_score, 0);
  return subs
    .filter((s) => s.anchor !== undefined)
    .reduce<PagefindSubResult | undefined>(
      (best, s) => (!best || score(s) > score(best) ? s : best),
      undefined,
    );
}

class SiteSearch extends HTMLElement {
  #form = this.querySelector("form");
  #status = this.querySelector(".search-status");
  #list = this.querySelector(".search-results");
  #run = 0;

  connectedCallback() {
    if (!this.#form) return;
    this.#fill(readState(location.search));
    this.#form.addEventListener("submit", (event) => {
      event.preventDefault();
      const state = this.#read();
      history.pushState(null, "", `${url("/search/")}${writeState(state)}`);
      void this.#search(state);
    });
    this.#form.addEventListener("change", (event) => {
      const field = event.target as Element;
      if (field.tagName === "SELECT" || field.matches("input[type=checkbox]"))
        this.#form?.requestSubmit();
    });
    window.addEventListener("popstate", () => {
      const state = readState(location.search);
      this.#fill(state);
      void this.#search(state);
    });
    void this.#search(readState(location.search));
  }

  #read(): SearchState {
    const form = new FormData(this.#form ?? undefined);
    return readState(
      `?${new URLSearchParams([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""])).toString()}`,
    );
  }

  #fill(state: SearchState) {
    const set = (name: string, value: string) => {
      const field = this.#form?.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement)
        field.value = value;
    };
    set("q", state.q);
    set("type", state.filters.type ?? "");
    set("place", state.filters.place ?? "");
    set("topic", state.filters.topic ?? "");
    const quotes = this.#form?.elements.namedItem("quotes");
    if (quotes instanceof HTMLInputElement) quotes.checked = state.quotes === true;
  }

  async #search(state: SearchState) {
    const run = ++this.#run;
    if (!this.#status || !this.#list) return;
    if (!state.q && Object.keys(state.filters).length === 0) {
      this.#status.textContent = "";
      this.#list.innerHTML = "";
      return;
    }
    this.#status.textContent = "正在搜索…";
    const filters = Object.fromEntries(
      Object.entries(state.filters).filter(([, v]) => v),
    ) as Record<string, string>;
    // Only where the page offers it: a stale quotes=1 on a site without long reports is ignored.
    const quotes =
      state.quotes === true && this.#form?.elements.namedItem("quotes") instanceof HTMLInputElement;
    const index = await (quotes ? loadWithQuotes() : loadPagefind());
    const search = await index.search(state.q || null, { filters });
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    if (run !== this.#run) return;
    this.#status.textContent =
      results.length === 0 ? "没有找到结果。" : `找到 ${search.results.length} 个结果。`;
    this.#list.innerHTML = results
      .map((r) => {
        const type = r.filters["type"]?.[0] ?? "";
        // Land on the section that matches best (a topic of a place page), not the top of the page.
        const section = bestSection(r.sub_results ?? []);
        const href = section?.url ?? r.url;
        const where = section ? `<span class="section">› ${escapeHtml(section.title)}</span>` : "";
        return `<li data-url="${escapeHtml(r.url)}"><span class="type">${escapeHtml(TYPE_LABELS[type] ?? type)}</span><a href="${escapeHtml(href)}">${escapeHtml(r.meta["title"] ?? r.url)}</a>${where}<div>${safeExcerpt(section?.excerpt ?? r.excerpt)}</div></li>`;
      })
      .join("");
  }
}

/**
 * The typed place filter of a large site: the first time the field is used, fill its
 * suggestions with the place names the index can filter by (Pagefind's filter list).
 */
function suggestPlaces(): void {
  const field = document.querySelector<HTMLInputElement>("input[data-place-suggest]");
  const list = field?.list;
  if (!field || !list) return;
  field.addEventListener(
    "focus",
    () => {
      void loadPagefind()
        .then((pagefind) => pagefind.filters())
        .then((filters) => {
          list.replaceChildren(
            ...Object.keys(filters["place"] ?? {}).map((name) => new Option("", name)),
          );
        });
    },
    { once: true },
  );
}

customElements.define("site-search", SiteSearch);
suggestPlaces();
