/**
 * Completes package-lock.json with the platform-specific optional packages
 * (other OSes' binaries of pagefind and the Astro compiler) that this
 * workplace's npm mirror does not carry. Without their entries `npm ci`
 * refuses the lock as "out of sync"; with them it skips them on Linux,
 * as it does for any optional package whose `os`/`cpu` does not match.
 *
 * Run after `npm install` changes the lock: `npx tsx scripts/complete-lockfile.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import semver from "semver";

interface LockPackage {
  version?: string;
  optional?: boolean;
  dev?: boolean;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}

const lockPath = "package-lock.json";
const lock = JSON.parse(readFileSync(lockPath, "utf8")) as {
  packages: Record<string, LockPackage>;
};

/** Guess `os` and `cpu` from a platform package name such as `@pagefind/darwin-arm64`. */
function platformOf(name: string): { os: string[]; cpu: string[] } {
  const osNames: Record<string, string> = {
    darwin: "darwin",
    linux: "linux",
    freebsd: "freebsd",
    android: "android",
    win32: "win32",
    windows: "win32",
  };
  const os = Object.entries(osNames).find(([key]) => name.includes(key))?.[1];
  const cpu = ["arm64", "x64", "wasm32"].find((c) => name.includes(c));
  return { os: os ? [os] : ["none"], cpu: cpu ? [cpu] : ["none"] };
}

let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const nested = `${path ? path + "/" : ""}node_modules/${dep}`;
    const top = `node_modules/${dep}`;
    const topVersion = lock.packages[top]?.version;
    if (lock.packages[nested] || (topVersion && semver.satisfies(topVersion, version))) continue;
    const key = topVersion ? nested : top;
    const exact = semver.minVersion(version)?.version ?? version;
    lock.packages[key] = {
      version: exact,
      ...(pkg.dev ? { dev: true } : {}),
      optional: true,
      ...platformOf(dep),
    };
    added++;
  }
}
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`complete-lockfile: added ${added} platform entries`);
