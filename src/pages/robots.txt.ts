/**
 * `/robots.txt`: lets every crawler in and names the sitemap by its absolute URL
 * (base path included). Crawlers read robots.txt only at a host's root, so a site
 * published under a subpath must have this Sitemap line copied into the host's own
 * robots.txt (README, "Publish").
 */
import type { APIRoute } from "astro";
import { absoluteUrl } from "../lib/links.ts";

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl("/sitemap-index.xml", site ?? "https://silver-atlas.example.org");
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
