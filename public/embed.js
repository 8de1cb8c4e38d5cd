/*
 * Silver Atlas embed host script: sizes every Silver Atlas iframe on the page
 * to its content. It trusts a message only when it comes from one of those
 * iframes' own windows, from that iframe's origin, and has the expected shape.
 */
(function () {
  "use strict";
  if (window.__silverAtlasEmbed) return;
  window.__silverAtlasEmbed = true;
  var MAX = 20000;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "silver-atlas:height") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height <= 0 || height > MAX) return;
    var frames = document.querySelectorAll("iframe[data-silver-atlas-embed]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch (e) {
        return;
      }
      if (origin !== event.origin) return;
      frame.style.height = Math.ceil(height) + "px";
      return;
    }
  });
})();
