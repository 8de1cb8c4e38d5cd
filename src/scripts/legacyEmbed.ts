/**
 * On the not-found page: sends an address published before charts shared embed pages
 * (a place's topic chart `/embed/region-<place>-<topic>/`, a sub-place comparison
 * `/embed/metric-<measure>-in-<parent>/` and its old SVG and CSV) on to where the chart
 * now lives (src/lib/embed/legacy.ts), keeping `?theme=`. Static hosts serve 404.html
 * for any missing path, so this costs no file. The embed page of a sibling-compared place
 * (which has none) goes to its parent's comparisons, looked up in `/embed/places.json`.
 */
import {
  forwardedAddress,
  movedPlaceAddress,
  placeEmbedId,
  type MovedPlaces,
} from "../lib/embed/legacy.ts";
import { TOPIC_LABELS } from "../lib/labels.ts";
import { url } from "../lib/links.ts";

const base = url("/");
const topics = Object.keys(TOPIC_LABELS);
const target = forwardedAddress(location.pathname, location.search, base, topics);
const place = placeEmbedId(location.pathname, base);
if (target) location.replace(target);
else if (place !== undefined)
  fetch(url("/embed/places.json"))
    .then((response) => response.json() as Promise<MovedPlaces>)
    .then((moved) => {
      const moveTo = movedPlaceAddress(place, location.search, location.hash, base, moved, topics);
      if (moveTo) location.replace(moveTo);
    })
    .catch(() => undefined); // No list, no forwarding: the page says the chart was not found.
