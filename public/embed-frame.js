/*
 * Runs inside a Silver Atlas embed page. Applies ?theme=light|dark (forced colour
 * scheme; anything else, or none, follows the reader's setting) before the page
 * is painted, so it is loaded without defer. Resolves ?chart=<topic> on a place's
 * embed page, ?chart=<measure> on a parent's (and ?chart=<topic>&place=<id> there, a
 * sibling-compared place's topic). Then tells the host page its content height on load and whenever it changes, so the iframe fits without scrolling.
 */
(function () {
  "use strict";
  var params = new URLSearchParams(window.location.search);
  var theme = params.get("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
  // A place's (or parent's) embed page names one chart by fragment, or by ?chart=<topic>
  // (<measure>): turn the latter into the fragment so :target shows that chart alone.
  var chart = params.get("chart");
  // ?chart=<topic>&place=<id>: a sibling-compared place's topic, a target on its parent's page.
  var place = params.get("place");
  if (chart && place) chart = "region-" + place + "-" + chart;
  if (chart && !window.location.hash)
    document.addEventListener("DOMContentLoaded", function () {
      if (place && document.getElementById(chart)) return window.location.replace("#" + chart);
      var named = document.querySelectorAll("[data-name]");
      for (var i = 0; i < named.length; i++)
        if (named[i].getAttribute("data-name") === chart || named[i].id === chart)
          return window.location.replace("#" + named[i].id);
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
