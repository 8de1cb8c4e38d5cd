// `npm run new-story` scaffolds a story that shows every component an editor
// can use, with real ids, and that passes the validator as it stands.
import { describe, expect, it } from "vitest";
import { storyTemplate } from "../../../scripts/new-story.ts";
import { loadDataset } from "../../../src/lib/data/index.ts";
import { checkStory } from "../../../src/lib/stories/check.ts";
import { COMPONENTS } from "../../../src/lib/stories/props.ts";

describe("new-story scaffold", () => {
  const data = loadDataset("data").dataset;
  if (!data) throw new Error("data/ does not validate");
  const text = storyTemplate("my-story", "2026-11-25");

  it("shows every component, including a chart of hand-picked facts", () => {
    for (const name of Object.keys(COMPONENTS)) expect(text).toContain(`<${name} `);
    expect(text).toMatch(/<Chart metric="[^"]+"/u);
    expect(text).toMatch(/<Chart facts=\{\["[^"]+", "[^"]+"\]\}/u);
  });

  it("passes the validator", () => {
    expect(checkStory("my-story.mdx", text, data)).toEqual([]);
  });
});
