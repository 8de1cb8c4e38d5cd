import { describe, expect, it } from "vitest";
import { el, escapeXml, num, raw } from "../../../src/lib/charts/svg.ts";
import { parseXml } from "./xml.ts";

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });

  it("drops characters XML cannot hold, keeping CJK and emoji", () => {
    expect(escapeXml("海淀\u0000区\u0008😀\uD800")).toBe("海淀区😀");
  });

  it("returns plain text as it is and keeps tabs and line breaks (the fast path)", () => {
    expect(escapeXml("合成市0024（市），2025年：1200+ 个")).toBe(
      "合成市0024（市），2025年：1200+ 个",
    );
    expect(escapeXml("a\tb\nc\rd")).toBe("a\tb\nc\rd");
    expect(escapeXml("\uDC00x&")).toBe("x&amp;");
  });
});

describe("el", () => {
  it("escapes text children and attribute values, not markup children", () => {
    const out = el("text", { "data-x": '"><img>' }, ["</svg>", el("tspan", {}, "&")]).html;
    expect(out).toBe(
      '<text data-x="&quot;&gt;&lt;img&gt;">&lt;/svg&gt;<tspan>&amp;</tspan></text>',
    );
    expect(() => parseXml(out)).not.toThrow();
  });

  it("rounds numbers to 2 decimals and omits absent attributes", () => {
    expect(el("rect", { x: 1.23456, y: -0.001, width: undefined, hidden: false }).html).toBe(
      '<rect x="1.23" y="0"/>',
    );
    expect(num(2 / 3)).toBe("0.67");
  });

  it("inserts raw markup only when asked", () => {
    expect(el("g", {}, raw("<b/>")).html).toBe("<g><b/></g>");
    expect(el("g", {}, "<b/>").html).toBe("<g>&lt;b/&gt;</g>");
  });
});
