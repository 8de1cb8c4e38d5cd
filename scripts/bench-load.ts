/**
 * `node --expose-gc --import tsx scripts/bench-load.ts <data-dir>`: how long loading
 * and validating a data directory takes (wall and CPU time, the CPU time being the
 * steadier figure on a shared machine) and how much heap the loaded data set holds
 * after a forced GC. One load per process: the loader keeps the last data set of a
 * directory, so a second load in the same process would free the first. A benchmark,
 * never a test. Make a data set with
 * `npx tsx scripts/synth.ts --places 300 --metrics 60 --years 5 --out .bench/synth-300`.
 */
import { resolve } from "node:path";
import { loadDataset } from "../src/lib/data/load.ts";

const dir = process.argv[2] ?? ".bench/synth-300";
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.error("run with node --expose-gc for the heap figure");

gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = loadDataset(resolve(dir));
const wall = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
gc?.();
const heap = process.memoryUsage().heapUsed - heapBefore;
console.log(
  `${dir}: ${result.dataset?.facts.length ?? 0} facts, ${result.problems.length} problems; ` +
    `${wall.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU; ` +
    `heap +${(heap / 1e6).toFixed(0)} MB after GC`,
);
