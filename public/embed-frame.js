/*
 * Runs inside a Silver Atlas embed page: tells the host page its content
 * height on load and whenever it changes, so the iframe fits without scrolling.
 */
(function () {
  "use strict";
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
