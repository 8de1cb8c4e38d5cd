/**
 * Resolves a sources.csv `file` to its snapshot, refusing any path that leads
 * outside the data directory's `sources/` folder (`../../etc/passwd`, an
 * absolute path, or a symlink pointing elsewhere): snapshots are published on
 * the site, so a data edit must never be able to publish another file.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

/** The snapshot's real path, or why it cannot be used (`shown` is how to name the folder). */
export function resolveSnapshot(root: string, file: string, shown: string): { path: string } | { error: string } {
  const folder = resolve(root, "sources");
  const outside = `"${file}" is outside ${shown}/: a snapshot is a file in that folder, e.g. sources/<id>.txt`;
  if (isAbsolute(file)) return { error: `file ${outside}` };
  const path = resolve(root, file);
  if (!inside(folder, path)) return { error: `file ${outside}` };
  if (!existsSync(path)) return { error: "missing" };
  // Symlinks are followed only as far as they stay in the (real) sources folder.
  const real = realpathSync(path);
  if (!inside(realpathSync(folder), real)) {
    return { error: `file "${file}" is a symlink to a file outside ${shown}/; copy the snapshot into the folder instead` };
  }
  if (!statSync(real).isFile()) return { error: `file "${file}" is not a file` };
  return { path: real };
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel) && join(folder, rel) === path;
}
