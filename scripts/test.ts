/**
 * `npm test`: formatting, type check, lint, then every vitest project (unit,
 * build, browser). Stops at the first failing step; vitest's own summary is
 * the last thing printed. Browser tests need Chromium (CHROMIUM_PATH, default
 * /usr/bin/chromium): without it they are skipped loudly, or fail when CI=true.
 */
import { spawnSync } from "node:child_process";

const steps: [string, string[]][] = [
  ["prettier", ["--check", "--log-level", "warn", "."]],
  // astro check first: it generates .astro/ (the astro:content types) that ESLint's type-aware rules need.
  ["astro", ["check", "--minimumSeverity", "warning"]],
  ["eslint", [".", "--max-warnings", "0"]],
  ["vitest", ["run", ...process.argv.slice(2)]],
];

for (const [command, args] of steps) {
  const started = performance.now();
  console.log(`\n▶ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${command} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  if (command !== "vitest") console.log(`✔ ${command} (${seconds} s)`);
}
