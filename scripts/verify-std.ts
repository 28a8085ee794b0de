/**
 * Runs `analyze --verify` on the standard library and prints how many heap
 * escapes could not be verified against the machine code (target < 5%) and
 * whether every allocation call was attributed to a function and a line.
 *
 *   npm run build && node dist/scripts/verify-std.js [pattern...]
 *
 * GOTOOLCHAIN in the environment selects the Go version as usual.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzePackages } from '../src/pipeline/analyze.js';
import { verifyResult } from '../src/pipeline/verify.js';

const patterns = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['std'];
const cwd = mkdtempSync(join(tmpdir(), 'goescape-verify-std-'));
const t0 = performance.now();
const result = await analyzePackages({ patterns, cwd });
const t1 = performance.now();
await verifyResult(result, { cwd });
const t2 = performance.now();
const v = result.verification!;
const pct = (n: number, d: number) => (d === 0 ? '0.00' : ((100 * n) / d).toFixed(2));
const unattributed = result.findings.filter((f) => f.kind === 'allocates-without-escape' && (!f.func || !(f.pos.line > 0) || f.pos.file === '<unknown>'));
const reasons = new Map<string, number>();
for (const f of result.findings)
  if (f.verification?.status === 'unverified') reasons.set(f.verification.reason ?? '', (reasons.get(f.verification.reason ?? '') ?? 0) + 1);
const noAlloc = new Map<string, number>();
for (const f of result.findings)
  if (f.verification?.status === 'no-allocation') noAlloc.set(f.verification.reason ?? '', (noAlloc.get(f.verification.reason ?? '') ?? 0) + 1);
console.log(
  `${result.toolchain.goVersion}: ${patterns.join(' ')} — ${result.summary.packages.total} packages, ${v.functions} functions, ${v.allocCalls} allocation calls`,
);
console.log(
  `heap escapes: ${v.heapEscapes}; allocates ${v.allocates} (${pct(v.allocates, v.heapEscapes)}%), no allocation ${v.noAllocation} (${pct(v.noAllocation, v.heapEscapes)}%), unverified ${v.unverified}`,
);
console.log(`unverified share: ${pct(v.unverified, v.heapEscapes)}% (target < 5%)`);
for (const [r, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  unverified: ${n} × ${r}`);
for (const [r, n] of [...noAlloc].sort((a, b) => b[1] - a[1])) console.log(`  no allocation: ${n} × ${r}`);
console.log(`allocates-without-escape: ${v.allocatesWithoutEscape}; allocation calls not attributed to a function and a source line: ${unattributed.length}`);
console.log(
  `frames over ${v.frameLimit} bytes: ${v.framesOverLimit}; largest: ${(result.frames ?? [])
    .slice(0, 3)
    .map((f) => `${f.pkg}.${f.func} ${f.frameBytes}`)
    .join(', ')}`,
);
console.log(
  `time: analyze ${((t1 - t0) / 1000).toFixed(1)} s, verify ${((t2 - t1) / 1000).toFixed(1)} s; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
);
if (process.env.VERIFY_STD_SAMPLES) {
  for (const f of result.findings.filter((x) => x.verification?.status === 'unverified').slice(0, Number(process.env.VERIFY_STD_SAMPLES))) {
    console.log(`  ${f.pkg} ${f.pos.file}:${f.pos.line} ${f.func}: ${f.message} [${f.verification?.reason}]`);
  }
}
