/*
 * On an embed page of a parent's sub-place comparisons that fill several pages
 * (src/pages/embed/in/[...page].astro): a fragment or ?chart=<measure> naming a chart
 * another page holds goes on to that page (data-chart-pages: measure → page), keeping
 * the query. Loaded at the end of the page, after the sections it looks at.
 */
(function () {
  "use strict";
  var nav = document.querySelector("[data-chart-pages]");
  if (!nav) return;
  var pages = JSON.parse(nav.getAttribute("data-chart-pages") || "{}");
  var suffix = "-in-" + nav.getAttribute("data-parent");
  var hash = window.location.hash.slice(1);
  var chart = new URLSearchParams(window.location.search).get("chart");
  for (var m in pages)
    if (
      Object.prototype.hasOwnProperty.call(pages, m) &&
      (hash ? hash === "metric-" + m + suffix : chart === m)
    )
      return window.location.replace(pages[m] + window.location.search + "#metric-" + m + suffix);
})();
