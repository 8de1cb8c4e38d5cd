/**
 * `<table-sort>`: makes each column header of the table inside it a button
 * that sorts the rows by that column (again: the other way), announcing the
 * order through `aria-sort`. The rows are the same without JavaScript, in
 * chart order; the order itself comes from the pure `sortOrder`.
 */
import { firstDirection, sortKey, sortOrder, type SortDirection } from "../lib/tables/sort.ts";

class TableSort extends HTMLElement {
  connectedCallback() {
    const headers = [...this.querySelectorAll<HTMLTableCellElement>("thead th")];
    headers.forEach((th, column) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener("click", () => this.#sort(headers, column));
    });
  }

  #sort(headers: HTMLTableCellElement[], column: number) {
    const body = this.querySelector("tbody");
    const th = headers[column];
    if (!body || !th) return;
    const rows = [...body.rows];
    const keys = rows.map((row) => {
      const cell = row.cells[column];
      return sortKey(cell?.dataset["sort"], cell?.textContent ?? "");
    });
    const current = th.getAttribute("aria-sort");
    const direction: SortDirection =
      current === "ascending"
        ? "descending"
        : current === "descending"
          ? "ascending"
          : firstDirection(keys);
    for (const h of headers) h.removeAttribute("aria-sort");
    th.setAttribute("aria-sort", direction);
    body.append(...sortOrder(keys, direction).flatMap((i) => rows[i] ?? []));
  }
}

customElements.define("table-sort", TableSort);
