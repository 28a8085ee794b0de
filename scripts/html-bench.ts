/**
 * HTML report bench: analyze `std` (or read a saved result with
 * `--from result.json`), render the HTML report, and record its size and
 * load-to-interactive time in headless chromium (Debian's, /usr/bin/chromium).
 *
 *   node dist/scripts/html-bench.js [--from result.json] [--out report.html] [--runs 3]
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { analyzePackages } from '../src/pipeline/analyze.js';
import type { AnalysisResult } from '../src/model/result.js';
import { diskSourceReader, renderHtml } from '../src/report/html/index.js';
import { goEnv } from '../src/toolchain/go-list.js';

const { values } = parseArgs({ options: { from: { type: 'string' }, out: { type: 'string' }, runs: { type: 'string', default: '3' } } });
const LIMIT_BYTES = 60 * 1024 * 1024;
const LIMIT_MS = 3000;

const work = mkdtempSync(join(tmpdir(), 'goescape-html-bench-'));
try {
  let result: AnalysisResult;
  const t0 = Date.now();
  if (values.from) {
    result = JSON.parse(readFileSync(values.from, 'utf8')) as AnalysisResult;
    console.log(`read ${values.from}: ${result.findings.length} findings`);
  } else {
    console.log('analyzing std (this compiles the standard library with -m=2; minutes)…');
    result = await analyzePackages({ patterns: ['std'], cwd: work });
    console.log(`analyzed std in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${result.findings.length} findings, ${result.summary.heapEscapes} heap escapes`);
  }
  const goroot = (await goEnv({ cwd: work, env: process.env })).GOROOT;
  const t1 = Date.now();
  const html = renderHtml(result, { readSource: diskSourceReader(result, goroot) });
  const renderMs = Date.now() - t1;
  const file = resolve(values.out ?? join(work, 'std-report.html'));
  writeFileSync(file, html);
  const size = statSync(file).size;
  console.log(`rendered in ${renderMs} ms: ${file}`);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const times: number[] = [];
  try {
    for (let i = 0; i < Number(values.runs); i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const start = Date.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'commit' });
      await page.waitForSelector('#app[data-state=ready]', { timeout: 60_000 });
      const wall = Date.now() - start;
      const ready = Number(await page.evaluate('window.__goescapeReady'));
      // interactive: a filter responds
      const f0 = Date.now();
      await page.selectOption('[data-testid=filter-kind]', 'moved-to-heap');
      await page.locator('[data-testid=shown]', { hasText: `${result.summary.byKind['moved-to-heap'] ?? 0} of` }).waitFor();
      const filterMs = Date.now() - f0;
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      console.log(`run ${i + 1}: interactive ${Math.round(ready)} ms after navigation start (wall ${wall} ms), filter ${filterMs} ms`);
      times.push(ready);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  console.log(`size: ${(size / 1024 / 1024).toFixed(1)} MB (${size} bytes; limit 60 MB)${size > LIMIT_BYTES ? '  OVER LIMIT' : ''}`);
  console.log(`load-to-interactive: ${Math.round(median)} ms median of ${times.length} (limit ${LIMIT_MS} ms)${median > LIMIT_MS ? '  OVER LIMIT' : ''}`);
  if (size > LIMIT_BYTES || median > LIMIT_MS) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
