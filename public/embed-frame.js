/*
 * Runs inside a Silver Atlas embed page. Applies ?theme=light|dark (forced colour
 * scheme; anything else, or none, follows the reader's setting) before the page
 * is painted, so it is loaded without defer. Then tells the host page its content
 * height on load and whenever it changes, so the iframe fits without scrolling.
 */
(function () {
  "use strict";
  var theme = new URLSearchParams(window.location.search).get("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
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
