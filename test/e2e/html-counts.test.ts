/**
 * The HTML report's numbers agree with the JSON result of the same run, in
 * Debian's chromium (playwright-core): the overview's cards, the Files tree's
 * totals and the findings list count the same heap escapes, leaks and listed
 * findings, per cause too; files are grouped (module first) with full paths;
 * the detail panel never covers the source; inlined allocation sites show at
 * their call lines; the frames and fix-first tables follow the result. On the
 * demo and on go.uber.org/zap v1.27.0 from the module proxy (with
 * go.uber.org/multierr, a module-cache dependency, named too).
 * Screenshots go to test-artifacts/html/ (git-ignored; the path is printed).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Finding } from '../../src/model/finding.js';
import { FINDING_KINDS, isHeapKind } from '../../src/model/kinds.js';
import type { AnalysisResult } from '../../src/model/result.js';
import { goescape } from '../helpers/cli.js';
import { requireGo } from '../helpers/go.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../../..');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'html');
const haveChromium = existsSync(CHROMIUM);
const skip = !haveChromium && !process.env.CI ? `${CHROMIUM} is missing (apt-get install chromium); browser tests skipped outside CI` : false;

let browser: Browser;
const temps: string[] = [];

/** Runs analyze twice with the same flags (the second a replay): the JSON result and the page. */
function analyzeBoth(cwd: string, args: string[], name: string): { json: AnalysisResult; html: string } {
  mkdirSync(ARTIFACTS, { recursive: true });
  const html = join(ARTIFACTS, `${name}.html`);
  const jsonFile = join(ARTIFACTS, `${name}.json`);
  const j = goescape(['analyze', ...args, '-f', 'json', '-o', jsonFile], { cwd });
  assert.equal(j.code, 0, j.stderr);
  const h = goescape(['analyze', ...args, '-f', 'html', '-o', html], { cwd });
  assert.equal(h.code, 0, h.stderr);
  return { json: JSON.parse(readFileSync(jsonFile, 'utf8')) as AnalysisResult, html };
}

const LISTED = new Set(['heap', 'leak', 'stack', 'error']);
/** The findings the page lists: heap escapes, leaks, stack decisions, errors, and allocations with no escape finding. */
const listed = (r: AnalysisResult) => r.findings.filter((f) => LISTED.has(FINDING_KINDS[f.kind].category) || f.kind === 'allocates-without-escape');

async function open(file: string, hash = '', viewport = { width: 1400, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(pathToFileURL(file).href + hash);
  await page.waitForSelector('#app[data-state=ready]', { timeout: 20_000 });
  return { page, errors };
}

const num = (s: string | null) => Number(s!.replace(/,/g, ''));
const shown = async (page: Page) => {
  const m = /^([\d,]+) of ([\d,]+) listed findings shown$/.exec((await page.textContent('[data-testid=shown]'))!);
  assert.ok(m, 'the shown line says what it counts');
  return [num(m[1]!), num(m[2]!)];
};
const treeTotal = async (page: Page) => {
  const t = page.locator('[data-testid=tree-total]');
  return [Number(await t.getAttribute('data-heap')), Number(await t.getAttribute('data-listed'))];
};

/** The overview's cards, the tree's totals and the findings list against the JSON's numbers. */
async function assertCountsAgree(page: Page, r: AnalysisResult): Promise<void> {
  const s = r.summary,
    all = listed(r).length;
  assert.equal(num(await page.textContent('[data-testid=count-heap]')), s.heapEscapes);
  assert.equal(num(await page.textContent('[data-testid=count-sites]')), s.heapSites);
  assert.equal(num(await page.textContent('[data-testid=count-leaks]')), s.leaks);
  assert.equal(num(await page.textContent('[data-testid=count-listed]')), all);
  assert.equal(num(await page.textContent('[data-testid=count-findings]')), s.findings);
  assert.deepEqual(await treeTotal(page), [s.heapEscapes, all]);
  assert.deepEqual(await shown(page), [all, all]);
  // Every file row of the tree, summed, gives the totals too.
  await page.evaluate(`document.querySelectorAll('[data-testid=tree] details').forEach((d) => { d.open = true; })`);
  await page.waitForTimeout(50);
  const rows = await page.$$eval('[data-testid=tree] a[data-file]', (as) =>
    as.map((a) => [Number(a.getAttribute('data-heap')), Number(a.getAttribute('data-listed'))]),
  );
  assert.deepEqual(
    rows.reduce((t, x) => [t[0]! + x[0]!, t[1]! + x[1]!], [0, 0]),
    [s.heapEscapes, all],
  );
  // The list, filtered to heap escapes and to leaks.
  await page.click('[data-testid=tab-list]');
  await page.selectOption('[data-testid=filter-kind]', 'cat:heap');
  assert.deepEqual(await shown(page), [s.heapEscapes, all]);
  await page.selectOption('[data-testid=filter-kind]', 'cat:leak');
  assert.deepEqual(await shown(page), [s.leaks, all]);
  // Per cause: the overview's heap escapes and sites are the JSON's; the filter lists what its option says.
  for (const [cause, n] of Object.entries(s.byCause)) {
    const row = page.locator(`tr[data-cause="${cause}"]`);
    assert.equal(num(await row.locator('td[data-col=heap]').textContent()), n, cause);
    assert.equal(num(await row.locator('td[data-col=sites]').textContent()), s.sitesByCause?.[cause as keyof typeof s.byCause], cause);
    await page.selectOption('[data-testid=filter-cause]', cause);
    await page.selectOption('[data-testid=filter-kind]', 'cat:heap');
    assert.deepEqual(await shown(page), [n, all], cause);
    await page.selectOption('[data-testid=filter-kind]', '');
    const withCause = listed(r).filter((f) => f.cause === cause);
    assert.deepEqual(await shown(page), [withCause.length, all], cause);
    const option = (await page.textContent(`[data-testid=filter-cause] option[value="${cause}"]`))!;
    assert.match(option, new RegExp(`\\(${n.toLocaleString('en-US')} heap`), option);
  }
  await page.selectOption('[data-testid=filter-cause]', '');
  await page.click('[data-testid=tab-tree]');
}

/** Boxes intersect. */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function assertPanelBesideCode(file: string, f: Finding, name: string): Promise<void> {
  for (const viewport of [
    { width: 1400, height: 900 },
    { width: 1000, height: 700 },
    { width: 800, height: 600 },
  ]) {
    const { page, errors } = await open(file, `#f=${encodeURIComponent(f.key)}`, viewport);
    await page.waitForSelector('[data-testid=detail-title]');
    await page.waitForSelector(`[data-testid=source] [data-line="${f.pos.line}"]`);
    const d = (await page.locator('[data-testid=detail]').boundingBox())!;
    const src = (await page.locator('[data-testid=source]').boundingBox())!;
    assert.ok(!overlap(d, src), `${viewport.width}x${viewport.height}: the panel ${JSON.stringify(d)} covers the source ${JSON.stringify(src)}`);
    assert.ok(src.width >= 400 && src.height >= 200, `${viewport.width}x${viewport.height}: the source view is ${src.width}x${src.height}`);
    assert.ok(d.x + d.width <= viewport.width + 1 && d.y + d.height <= viewport.height + 1, 'the panel is in the viewport');
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${viewport.width}x${viewport.height}.png`) });
    assert.deepEqual(errors, []);
    await page.close();
  }
}

/** A heap escape's sites --verify found allocating: [certain, may, in a callee]. */
function allocating(f: Finding): [number, number, number] {
  const n: [number, number, number] = [0, 0, 0];
  for (const v of [f.verification, ...(f.inlinedSites ?? []).filter((s) => isHeapKind(s.kind)).map((s) => s.verification)]) {
    if (v?.status !== 'allocates') continue;
    n[v.class === 'may-allocate' ? 1 : v.class === 'allocates-in-callee' ? 2 : 0]++;
  }
  return n;
}

describe('the HTML report counts what the JSON counts (chromium)', { skip }, () => {
  before(async () => {
    if (!haveChromium) assert.fail(`CI is set but ${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
    requireGo();
    browser = await chromium.launch({ executablePath: CHROMIUM });
    console.log(`screenshots: ${ARTIFACTS}`);
  });
  after(async () => {
    await browser?.close();
    for (const d of temps) rmSync(d, { recursive: true, force: true });
  });

  test('the demo: the overview, the tree and the list agree with the JSON, and the panel is beside the code', async () => {
    const { json, html } = analyzeBoth(join(ROOT, 'examples', 'demo'), ['./...'], 'counts-demo');
    const { page, errors } = await open(html);
    await assertCountsAgree(page, json);
    await page.goto(pathToFileURL(html).href + '#');
    await page.screenshot({ path: join(ARTIFACTS, 'counts-demo-overview.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
    const heap = json.findings.find((f) => isHeapKind(f.kind) && !f.pos.file.startsWith('<'))!;
    await assertPanelBesideCode(html, heap, 'counts-demo-panel');
  });

  test('go.uber.org/zap v1.27.0 from the proxy, --verify --frames: counts, file groups, call-line sites, frames, fix first', async () => {
    const info = JSON.parse(execFileSync('go', ['mod', 'download', '-json', 'go.uber.org/zap@v1.27.0'], { encoding: 'utf8' })) as { Dir: string };
    const dir = mkdtempSync(join(tmpdir(), 'goescape-html-zap-'));
    temps.push(dir);
    cpSync(info.Dir, dir, { recursive: true });
    const writable = (p: string) => {
      chmodSync(p, statSync(p).isDirectory() ? 0o755 : 0o644);
      if (statSync(p).isDirectory()) for (const e of readdirSync(p)) writable(join(p, e));
    };
    writable(dir);
    const { json, html } = analyzeBoth(dir, ['./...', 'go.uber.org/multierr', '--verify', '--frames'], 'counts-zap');
    assert.ok(json.summary.heapEscapes > 300, `zap has ${json.summary.heapEscapes} heap escapes`);
    assert.ok(readFileSync(html).length < 5_000_000, 'the page stays small');
    const { page, errors } = await open(html);
    await assertCountsAgree(page, json);

    // Verification: heap escapes by status, and the allocations with no escape finding, as the JSON's verification summary.
    const v = json.verification!;
    await page.goto(`${pathToFileURL(html).href}#`);
    for (const [status, n] of [
      ['allocates', v.allocates],
      ['no-allocation', v.noAllocation],
      ['ambiguous', v.ambiguous],
      ['without-escape', v.allocatesWithoutEscape],
      ['in-callee', v.callees?.allocating ?? 0],
    ] as const) {
      if (n) assert.equal(num(await page.textContent(`tr[data-ver="${status}"] td.num`)), n, status);
    }

    // Module files first, then $GOROOT, then the module cache; each file by its full path.
    const groups = await page.$$eval('[data-testid=tree] details.group', (ds) => ds.map((d) => d.getAttribute('data-group')));
    assert.deepEqual(groups, ['module', 'goroot', 'other']);
    await page.evaluate(`document.querySelectorAll('[data-testid=tree] details').forEach((d) => { d.open = true; })`);
    await page.waitForTimeout(50);
    const files = (await page.evaluate(
      `Array.from(document.querySelectorAll('[data-testid=tree] details.group')).map((d) => [d.getAttribute('data-group'), Array.from(d.querySelectorAll('a[data-file]')).map((a) => [a.getAttribute('data-file'), a.querySelector('.fname').textContent])])`,
    )) as [string, [string, string][]][];
    for (const [group, links] of files) {
      for (const [path, text] of links) {
        assert.equal(text, path, 'a file is shown by its full path');
        if (group === 'goroot') assert.ok(path.startsWith('$GOROOT/'), path);
        if (group === 'module') assert.ok(!path.startsWith('$') && !path.startsWith('/'), path);
        if (group === 'other') assert.ok(path.startsWith('$GOMODCACHE/go.uber.org/multierr@') || path.startsWith('<'), path);
      }
    }
    const shownPaths = new Set(files.flatMap((g) => g[1].map((l) => l[0])));
    assert.ok(shownPaths.has('logger.go') && shownPaths.has('zaptest/logger.go'), 'two logger.go files, told apart');

    // The frames table: the largest frames of the result, largest first.
    const frames = [...(json.frames ?? [])].sort((a, b) => b.frameBytes - a.frameBytes);
    assert.ok(frames.length > 100);
    const frameRows = await page.$$eval('[data-testid=frames] tr', (trs) =>
      trs.slice(1).map((tr) => [tr.children[0]!.textContent, tr.children[2]!.textContent]),
    );
    assert.equal(frameRows.length, 100);
    assert.equal(num(frameRows[0]![1]!), frames[0]!.frameBytes);
    assert.ok(
      frames.some((f) => f.frameBytes === frames[0]!.frameBytes && f.func === frameRows[0]![0]),
      String(frameRows[0]![0]),
    );

    // Fix first: heap escapes by their sites that the machine code allocates.
    const heap = json.findings.filter((f) => isHeapKind(f.kind));
    const best = Math.max(...heap.map((f) => allocating(f)[0]));
    assert.ok(best > 1, 'some heap escape allocates at several sites');
    const fix = await page.$$eval('[data-testid=fix-first] tr[data-fix]', (trs) => trs.map((tr) => [tr.getAttribute('data-fix'), tr.children[3]!.textContent]));
    assert.equal(fix.length, 25);
    assert.equal(num(fix[0]![1]!), best);
    assert.deepEqual(allocating(heap.find((f) => f.key === fix[0]![0])!)[0], best);
    for (let i = 1; i < fix.length; i++) assert.ok(num(fix[i - 1]![1]!) >= num(fix[i]![1]!), 'ranked');
    await page.screenshot({ path: join(ARTIFACTS, 'counts-zap-overview.png'), fullPage: true });

    // An inlined copy's allocation site shows at its call line and opens its origin.
    const origin = heap.find((f) => f.inlinedSites?.some((s) => isHeapKind(s.kind) && !s.pos.file.startsWith('$') && s.pos.file !== f.pos.file))!;
    const site = origin.inlinedSites!.find((s) => isHeapKind(s.kind) && !s.pos.file.startsWith('$') && s.pos.file !== origin.pos.file)!;
    await page.goto(`${pathToFileURL(html).href}#file=${site.pos.file}:${site.pos.line}`);
    const button = page.locator(`[data-testid=source] [data-line="${site.pos.line}"] button[data-site="${origin.key}"]`);
    await button.waitFor();
    assert.match((await button.textContent())!, /inlined here/);
    await page.screenshot({ path: join(ARTIFACTS, 'counts-zap-callsite.png') });
    await button.click();
    await page.waitForSelector('[data-testid=detail-sites]');
    assert.equal(decodeURIComponent(new URL(page.url()).hash.slice(3)), origin.key);
    assert.match(
      (await page.textContent('[data-testid=detail-sites]'))!,
      new RegExp(`^${1 + origin.inlinedSites!.filter((s) => isHeapKind(s.kind)).length} allocation sites`),
    );
    assert.deepEqual(errors, []);
    await page.close();

    await assertPanelBesideCode(html, origin, 'counts-zap-panel');

    // With a heap profile joined (goescape profile --format html): fix first by bytes, the profile's allocations with no heap finding beside them.
    const pprof = join(dir, 'mem.pprof');
    execFileSync('go', ['test', '-run', '^$', '-bench', '^BenchmarkStackField$', '-benchtime', '200x', '-memprofile', pprof, '-memprofilerate=1', '.'], {
      cwd: dir,
      stdio: 'ignore',
    });
    const profHtml = join(ARTIFACTS, 'counts-zap-profile.html');
    const ph = goescape(['profile', pprof, '.', '-f', 'html', '-o', profHtml], { cwd: dir });
    assert.equal(ph.code, 0, ph.stderr);
    const pj = goescape(['profile', pprof, '.', '-f', 'json'], { cwd: dir });
    assert.equal(pj.code, 0, pj.stderr);
    const join_ = (
      JSON.parse(pj.stdout) as {
        join: { ranking: { file: string; line: number; bytes: number }[]; unpredictedSites: { file: string; line: number; bytes: number; via: string[] }[] };
      }
    ).join;
    const top = [...join_.ranking, ...join_.unpredictedSites].sort((a, b) => b.bytes - a.bytes)[0]!;
    const prof = await open(profHtml);
    const first = prof.page.locator('[data-testid=fix-first] tr:nth-child(2)');
    assert.equal(num((await first.locator('td:last-child').textContent())!.replace(' B', '')), top.bytes);
    assert.equal(await first.locator('td:nth-child(2)').textContent(), `${top.file}:${top.line}`);
    // The largest allocation the compiler did not report is inside a callee (stacktrace.Take), shown at the call line.
    const callee = join_.unpredictedSites.find((u) => u.via.length > 0 && !u.file.startsWith('$'))!;
    await prof.page.goto(`${pathToFileURL(profHtml).href}#file=${callee.file}:${callee.line}`);
    const obs = prof.page.locator(`[data-testid=source] [data-line="${callee.line}"] [data-observed]`);
    await obs.waitFor();
    assert.match(
      (await obs.textContent())!,
      new RegExp(`^${callee.bytes.toLocaleString('en-US')} B observed: allocated in ${callee.via[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    await prof.page.screenshot({ path: join(ARTIFACTS, 'counts-zap-profile-callee.png') });
    assert.deepEqual(prof.errors, []);
    await prof.page.close();
  });
});
