/*
 * Runs inside a Silver Atlas embed page. Applies ?theme=light|dark (forced colour
 * scheme; anything else, or none, follows the reader's setting) before the page
 * is painted, so it is loaded without defer. Resolves ?chart=<topic> on a place's
 * embed page and ?chart=<measure> on a parent's (sub-place comparisons). Then tells the host page its content height on load and whenever it changes, so the iframe fits without scrolling.
 */
(function () {
  "use strict";
  var theme = new URLSearchParams(window.location.search).get("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  // A place's embed page (/embed/place/<id>/) names one topic chart by fragment, or by
  // ?chart=<topic>; a parent's (/embed/in/<id>/) one comparison by fragment or ?chart=<measure>.
  // Turn the query into the fragment so :target shows that chart alone. A parent's comparisons
  // may fill several pages: a chart named that another page holds is looked up there.
  var chart = new URLSearchParams(window.location.search).get("chart");
  var hash = decodeURIComponent(window.location.hash.slice(1));
  if (chart || hash)
    document.addEventListener("DOMContentLoaded", function () {
      if (hash && document.getElementById(hash)) return;
      var named = document.querySelectorAll(".place-chart, .parent-chart");
      for (var i = 0; i < named.length && !hash; i++) {
        var key = named[i].getAttribute("data-topic") || named[i].getAttribute("data-measure");
        if (key === chart || named[i].id === chart)
          return window.location.replace("#" + named[i].id);
      }
      var nav = document.querySelector("[data-chart-pages]");
      if (!nav) return;
      var suffix = "-in-" + nav.getAttribute("data-parent");
      var fromHash =
        hash.indexOf("metric-") === 0 && hash.slice(-suffix.length) === suffix
          ? hash.slice("metric-".length, -suffix.length)
          : "";
      var measure = fromHash || chart;
      var pages = JSON.parse(nav.getAttribute("data-chart-pages") || "{}");
      if (measure && Object.prototype.hasOwnProperty.call(pages, measure))
        window.location.replace(
          pages[measure] + window.location.search + "#metric-" + measure + suffix,
        );
    });
  if (window.parent === window) return;
  var last = 0;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "silver-atlas:height", height: height }, "*");
  }
  window.addEventListener("load", post);
  if (typeof ResizeObserver === "function")
    new ResizeObserver(post).observe(document.documentElement);
  else window.addEventListener("resize", post);
  post();
})();
