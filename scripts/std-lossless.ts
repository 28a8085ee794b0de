/**
 * Analyzes the whole standard library with Go 1.26 (the go on PATH) and with
 * GOTOOLCHAIN=go1.27.3, and prints for each how every compiler line is
 * accounted for: lines in findings + package headers + unrecognized = all.
 * Exits 1 when a line is unrecognized or unaccounted for.
 *
 *   npm run build && node dist/scripts/std-lossless.js [toolchain...]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzePackages } from '../src/pipeline/analyze.js';

const toolchains = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['local', 'go1.27.3'];
const cwd = mkdtempSync(join(tmpdir(), 'goescape-std-'));
let bad = false;
for (const tc of toolchains) {
  const t0 = performance.now();
  const r = await analyzePackages({ patterns: ['std'], cwd, env: { ...process.env, GOTOOLCHAIN: tc } });
  const s = r.summary;
  const accounted = s.linesInFindings + s.headerLines + s.unrecognized.length;
  const ok = s.unrecognized.length === 0 && accounted === s.lines;
  bad ||= !ok;
  console.log(
    `${r.toolchain.goVersion} std: ${s.lines} compiler lines = ${s.linesInFindings} in findings + ${s.headerLines} headers + ${s.unrecognized.length} unrecognized${accounted === s.lines ? '' : ` (MISMATCH: ${accounted})`}; ${s.findings} findings, ${s.heapEscapes} heap escapes, ${s.packages.total} packages (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  for (const u of s.unrecognized.slice(0, 10)) console.log(`  unrecognized in ${u.pkg}: ${u.text}`);
}
rmSync(cwd, { recursive: true, force: true });
process.exitCode = bad ? 1 : 0;
