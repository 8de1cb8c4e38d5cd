// The well-formedness checker must itself catch broken markup, or the escaping tests prove nothing.
import { describe, expect, it } from "vitest";
import { parseXml, prettyXml, textOf } from "./xml.ts";

describe("parseXml (test helper)", () => {
  it("accepts well-formed markup and decodes entities", () => {
    const root = parseXml(
      '<?xml version="1.0"?><svg a="x &amp; y"><text>1 &lt; 2<tspan>!</tspan></text><g/></svg>',
    );
    expect(root.attrs["a"]).toBe("x & y");
    expect(textOf(root)).toBe("1 < 2!");
  });

  it.each([
    ["unclosed", "<svg><g></svg>"],
    ["stray end tag", "<svg></g></svg>"],
    ["raw < in text", "<svg><text>a < b</text></svg>"],
    ["bare &", "<svg><text>A & B</text></svg>"],
    ["unquoted attribute", "<svg a=1/>"],
    ["duplicate attribute", '<svg a="1" a="2"/>'],
    ["two roots", "<svg/><svg/>"],
    ["injected end tag", '<svg><text x=""><img src=x></text></svg>'],
  ])("rejects %s", (_, source) => {
    expect(() => parseXml(source)).toThrow();
  });

  it("pretty-prints one element per line, keeping text inline", () => {
    expect(prettyXml('<svg><g><text x="1">a<tspan>b</tspan></text></g></svg>')).toBe(
      '<svg>\n  <g>\n    <text x="1">a<tspan>b</tspan></text>\n  </g>\n</svg>\n',
    );
  });
});
