/**
 * On the not-found page: sends an old place-topic embed address
 * (`/embed/region-<place>-<topic>/`, from snippets published before a place's topic
 * charts shared one embed page) on to `/embed/place/<place>/#region-<place>-<topic>`,
 * keeping `?theme=`. Static hosts serve 404.html for any missing path, so this costs no file.
 */
import { TOPIC_LABELS } from "../lib/labels.ts";
import { url } from "../lib/links.ts";

const base = url("/embed/");
const topics = Object.keys(TOPIC_LABELS).join("|");
const match = new RegExp(`^${base}region-(.+)-(${topics})/?$`, "u").exec(location.pathname);
if (match) {
  const [, place = "", topic = ""] = match;
  location.replace(`${base}place/${place}/${location.search}#region-${place}-${topic}`);
}
