// Every built page is valid HTML by html-validate's recommended rules (the
// project's .htmlvalidate.json, also used by `npx html-validate dist`): 0 errors.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { describe, expect, it } from "vitest";
import { SITE_DIR } from "../support/site.ts";

/** The root config, loaded explicitly so a SITE_DIR outside the project is checked the same way. */
const config = JSON.parse(readFileSync(".htmlvalidate.json", "utf8")) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

const pages = readdirSync(SITE_DIR, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".html"))
  .sort();

describe("html-validate", () => {
  it("finds pages to check", () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it(`reports no error in any of the built pages`, async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(SITE_DIR, page));
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity < 2) continue;
          const where = `${relative(process.cwd(), result.filePath)}:${m.line}:${m.column}`;
          problems.push(
            `${where}: ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ""}`,
          );
        }
      }
    }
    expect(problems.join("\n")).toBe("");
  });
});
