/**
 * `<compare-places>`: reads `?places=` and redraws the comparison from the JSON
 * chunks (one per parent: a place's chunk is named by its parent, which the page
 * knows for its own places and places.json for the others), and lets the reader add
 * places through a typed filter and remove them, keeping the choice in the URL.
 * Without JavaScript the page shows its pre-built comparison and links to the others.
 */
import {
  chunkPath,
  readChunkFile,
  readMetrics,
  type ChunkFile,
  type MetricTuple,
  type PlaceTuple,
} from "../lib/compare/chunks.ts";
import { compare, type CompareMetric, type PlaceFigures } from "../lib/compare/model.ts";
import { MAX_PLACES, readPlaces, writePlaces } from "../lib/compare/query.ts";
import { levelSuffix, placeList, renderComparison } from "../lib/compare/render.ts";
import { escapeHtml } from "../lib/html.ts";
import { url } from "../lib/links.ts";

/** Most matches the filter lists at once. */
const MAX_MATCHES = 8;

const fetchJson = async <T>(path: string): Promise<T> => {
  const response = await fetch(url(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
};

class ComparePlaces extends HTMLElement {
  #ids: string[] = [];
  #initial: string[] = [];
  #names = new Map<string, string>();
  /** Each known place's parent ("" at the top), which names its chunk. */
  #parents = new Map<string, string>();
  /** Chunks by path, each fetched once. */
  #chunks = new Map<string, Promise<PlaceFigures[]>>();
  #metrics: Promise<CompareMetric[]> | undefined;
  #places: Promise<PlaceTuple[]> | undefined;
  #run = 0;
  #picker = this.querySelector<HTMLElement>(".compare-picker");
  #chosen = this.querySelector<HTMLUListElement>(".compare-chosen");
  #filter = this.querySelector<HTMLInputElement>("#compare-filter");
  #matches = this.querySelector<HTMLUListElement>(".compare-matches");
  #status = this.querySelector<HTMLElement>(".compare-status");

  connectedCallback() {
    const initial = JSON.parse(this.dataset["places"] ?? "[]") as [string, string, string][];
    for (const [id, name, parent] of initial) {
      this.#names.set(id, name);
      this.#parents.set(id, parent);
    }
    this.#initial = initial.map(([id]) => id);
    if (this.#picker) this.#picker.hidden = false;
    this.#filter?.addEventListener("input", () => void this.#suggest());
    this.#filter?.addEventListener("focus", () => void this.#placeList(), { once: true });
    this.addEventListener("click", (event) => {
      const button = (event.target as Element).closest("button");
      if (button?.dataset["add"]) this.#choose([...this.#ids, button.dataset["add"]]);
      if (button?.dataset["remove"])
        this.#choose(this.#ids.filter((id) => id !== button.dataset["remove"]));
    });
    window.addEventListener("popstate", () => void this.#show(this.#fromUrl()));
    void this.#show(this.#fromUrl());
  }

  #fromUrl(): string[] {
    const ids = readPlaces(location.search);
    return ids.length > 0 ? ids : this.#initial;
  }

  #placeList(): Promise<PlaceTuple[]> {
    this.#places ??= fetchJson<PlaceTuple[]>("/compare/places.json").then((places) => {
      for (const [id, , , parent] of places) this.#parents.set(id, parent);
      return places;
    });
    return this.#places;
  }

  /** The figures of place `id`, from the chunk of its parent (fetched once for all its places). */
  async #chunk(id: string): Promise<PlaceFigures> {
    if (!this.#parents.has(id)) await this.#placeList();
    const parent = this.#parents.get(id);
    if (parent === undefined) throw new Error(`unknown place ${id}`);
    const path = chunkPath(id, parent);
    let chunk = this.#chunks.get(path);
    if (!chunk) {
      chunk = fetchJson<ChunkFile>(path).then(readChunkFile);
      this.#chunks.set(path, chunk);
    }
    const found = (await chunk).find((figures) => figures.place.id === id);
    if (!found) throw new Error(`${id} is not in ${path}`);
    return found;
  }

  #choose(ids: string[]) {
    const next = [...new Set(ids)].slice(0, MAX_PLACES);
    history.pushState(null, "", `${url("/compare/")}${writePlaces(next)}`);
    // The button pressed is redrawn away; keep keyboard focus in the picker.
    if (this.#filter) {
      this.#filter.value = "";
      this.#filter.focus();
    }
    if (this.#matches) this.#matches.innerHTML = "";
    void this.#show(next);
  }

  /** Draws the comparison of `ids`; the pre-built one stays when they are the page's own set. */
  async #show(ids: string[]) {
    const run = ++this.#run;
    const same = ids.join() === this.#initial.join() && this.#ids.length === 0;
    this.#ids = ids;
    this.#drawChosen();
    if (same) return;
    this.#say("正在加载…");
    this.#metrics ??= fetchJson<MetricTuple[]>("/compare/metrics.json").then(readMetrics);
    const loaded = await Promise.allSettled(ids.map((id) => this.#chunk(id)));
    const metrics = await this.#metrics;
    if (run !== this.#run) return;
    const chosen = loaded.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const missing = ids.filter((_, i) => loaded[i]?.status === "rejected");
    for (const c of chosen) this.#names.set(c.place.id, c.place.name);
    this.#ids = chosen.map((c) => c.place.id);
    this.#drawChosen();
    const names = placeList(chosen.map((c) => c.place));
    const title = this.querySelector(".compare-title");
    if (title) title.textContent = chosen.length > 0 ? `比较：${names}` : "比较地区";
    const intro = this.querySelector(".compare-names");
    if (intro) intro.textContent = names;
    document.title = document.title.replace(/^[^·]*/, `比较：${names} `);
    const result = this.querySelector(".compare-result");
    if (result) {
      result.innerHTML =
        chosen.length === 0
          ? "<p>请在上方添加要比较的地区。</p>"
          : renderComparison(compare(chosen, metrics));
    }
    this.#say(
      missing.length > 0
        ? `未找到地区：${missing.join("、")}`
        : `已显示 ${chosen.length} 个地区的比较。`,
    );
  }

  #drawChosen() {
    if (!this.#chosen) return;
    this.#chosen.innerHTML = this.#ids
      .map((id) => {
        const name = escapeHtml(this.#names.get(id) ?? id);
        return `<li><button type="button" data-remove="${escapeHtml(id)}" aria-label="移除${name}">${name} ×</button></li>`;
      })
      .join("");
  }

  async #suggest() {
    const query = (this.#filter?.value ?? "").trim().toLowerCase();
    if (!this.#matches) return;
    if (query === "") {
      this.#matches.innerHTML = "";
      return;
    }
    if (this.#ids.length >= MAX_PLACES) {
      this.#say(`最多比较 ${MAX_PLACES} 个地区，请先移除一个。`);
      return;
    }
    const places = await this.#placeList();
    const names = new Map(places.map(([id, name]) => [id, name]));
    const found = places
      .filter(
        ([id, name]) =>
          !this.#ids.includes(id) && (name.toLowerCase().includes(query) || id.startsWith(query)),
      )
      .slice(0, MAX_MATCHES);
    this.#matches.innerHTML = found
      .map(([id, name, level, parent]) => {
        const within = parent && names.has(parent) ? ` · ${names.get(parent) ?? ""}` : "";
        const label = `${name}${levelSuffix({ name, level })}${within}`;
        return `<li><button type="button" data-add="${escapeHtml(id)}">添加 ${escapeHtml(label)}</button></li>`;
      })
      .join("");
    this.#say(found.length === 0 ? "没有匹配的地区。" : `${found.length} 个匹配的地区。`);
  }

  #say(text: string) {
    if (this.#status) this.#status.textContent = text;
  }
}

customElements.define("compare-places", ComparePlaces);
