/*
 * Runs inside a Silver Atlas embed page. Applies ?theme=light|dark (forced colour
 * scheme; anything else, or none, follows the reader's setting) before the page
 * is painted, so it is loaded without defer. Resolves ?chart= on a place's or a
 * parent's embed page. Then tells the host page its content height on load and whenever it changes, so the iframe fits without scrolling.
 */
(function () {
  "use strict";
  var theme = new URLSearchParams(window.location.search).get("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  // ?chart= becomes the fragment, which :target shows alone; a parent's chart on another of
  // its pages (src/pages/embed/in/[...page].astro) is looked up there.
  var chart = new URLSearchParams(window.location.search).get("chart");
  var hash = window.location.hash.slice(1);
  if (chart || hash)
    document.addEventListener("DOMContentLoaded", function () {
      if (hash && document.getElementById(hash)) return;
      var named = document.querySelectorAll("[data-name]");
      for (var i = 0; i < named.length && !hash; i++)
        if (named[i].getAttribute("data-name") === chart || named[i].id === chart)
          return window.location.replace("#" + named[i].id);
      var nav = document.querySelector("[data-chart-pages]");
      var pages = nav ? JSON.parse(nav.getAttribute("data-chart-pages")) : {};
      var suffix = nav && "-in-" + nav.getAttribute("data-parent");
      for (var m in pages)
        if (hash ? hash === "metric-" + m + suffix : chart === m)
          return window.location.replace(
            pages[m] + window.location.search + "#metric-" + m + suffix,
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
