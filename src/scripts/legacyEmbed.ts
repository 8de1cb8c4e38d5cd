/**
 * On the not-found page: sends an address published before charts shared embed pages
 * (a place's topic chart `/embed/region-<place>-<topic>/`, a sub-place comparison
 * `/embed/metric-<measure>-in-<parent>/` and its old SVG and CSV) on to where the chart
 * now lives (src/lib/embed/legacy.ts), keeping `?theme=`. Static hosts serve 404.html
 * for any missing path, so this costs no file.
 */
import { forwardedAddress } from "../lib/embed/legacy.ts";
import { TOPIC_LABELS } from "../lib/labels.ts";
import { url } from "../lib/links.ts";

const target = forwardedAddress(
  location.pathname,
  location.search,
  url("/"),
  Object.keys(TOPIC_LABELS),
);
if (target) location.replace(target);
