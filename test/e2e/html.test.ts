/**
 * The HTML report in a real browser: Debian's chromium driven by
 * playwright-core. Screenshots go to test-artifacts/html/ (git-ignored).
 * Without /usr/bin/chromium the tests skip locally and fail in CI.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyzePackages } from '../../src/pipeline/analyze.js';
import type { AnalysisResult } from '../../src/model/result.js';
import { diskSourceReader, renderHtml } from '../../src/report/html/index.js';
import { shellCommand } from '../../src/util/shell-quote.js';
import { SMALL_SOURCES, smallResult } from '../report/html-fixture.js';
import { HOSTILE_NAMES, writeHostileModule } from '../helpers/hostile.js';
import { visible } from '../../src/report/escape.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../../..');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'html');
const haveChromium = existsSync(CHROMIUM);
const skip = !haveChromium && !process.env.CI ? `${CHROMIUM} is missing (apt-get install chromium); browser tests skipped outside CI` : false;

let browser: Browser;
let demo: AnalysisResult;
let demoFile: string;

function write(name: string, html: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, name);
  writeFileSync(file, html);
  return file;
}

async function open(file: string, hash = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(pathToFileURL(file).href + hash);
  await page.waitForSelector('#app[data-state=ready]', { timeout: 10_000 });
  return { page, errors };
}

const num = async (page: Page, sel: string) => Number((await page.textContent(sel))!.replace(/,/g, ''));

describe('HTML report in chromium', { skip }, () => {
  before(async () => {
    if (!haveChromium) assert.fail(`CI is set but ${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
    browser = await chromium.launch({ executablePath: CHROMIUM });
    demo = await analyzePackages({ cwd: join(ROOT, 'examples', 'demo') });
    demoFile = write('demo.html', renderHtml(demo, { readSource: diskSourceReader(demo) }));
  });
  after(async () => {
    await browser?.close();
  });

  test('the overview shows the counts of the JSON result', async () => {
    const { page, errors } = await open(demoFile);
    const s = demo.summary;
    assert.equal(await num(page, '[data-testid=count-heap]'), s.heapEscapes);
    assert.equal(await num(page, '[data-testid=count-findings]'), s.findings);
    assert.equal(await num(page, '[data-testid=count-leaks]'), s.leaks);
    assert.equal(await num(page, '[data-testid=count-moved]'), s.byKind['moved-to-heap'] ?? 0);
    assert.equal(await num(page, '[data-testid=count-packages]'), s.packages.total);
    for (const [kind, n] of Object.entries(s.byKind)) {
      assert.equal(await num(page, `tr[data-kind="${kind}"] td.num`), n, kind);
    }
    const bars = await page.locator('[data-testid=pkg-chart] .bar').count();
    assert.equal(bars, demo.packages.filter((p) => p.heapEscapes > 0).length);
    assert.equal(await page.textContent('[data-testid=command]'), shellCommand(demo.toolchain.command));
    await page.screenshot({ path: join(ARTIFACTS, 'overview.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('clicking a finding shows its chain, and a step links to its line', async () => {
    const { page, errors } = await open(demoFile);
    await page.click('[data-testid=tab-list]');
    await page.selectOption('[data-testid=filter-kind]', 'moved-to-heap');
    const moved = demo.findings.filter((f) => f.kind === 'moved-to-heap');
    assert.match((await page.textContent('[data-testid=shown]'))!, new RegExp(`^${moved.length} of`));
    await page.click('[data-testid=findings-list] a >> nth=0');
    await page.waitForSelector('[data-testid=chain] li');
    const first = moved[0]!;
    assert.equal(decodeURIComponent(new URL(page.url()).hash.slice(3)), first.key);
    assert.match((await page.textContent('[data-testid=detail-title]'))!, new RegExp(first.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const steps = await page.locator('[data-testid=chain] li').count();
    const expected = first.chain?.length || first.explanations[0]!.flows.reduce((n, fl) => n + fl.notes.length, 0);
    assert.equal(steps, expected);
    if (first.cause) assert.match((await page.textContent('[data-testid=detail-cause]'))!, new RegExp(first.cause));
    await page.screenshot({ path: join(ARTIFACTS, 'finding.png') });
    const link = page.locator('[data-testid=chain] li a >> nth=0');
    const line = Number(await link.getAttribute('data-step-line'));
    await link.click();
    await page.waitForSelector(`[data-testid=source] [data-line="${line}"].target`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('filtering by cause (or by kind when the data has no causes) narrows the list', async () => {
    const { page, errors } = await open(demoFile);
    const withCause = demo.findings.filter((f) => f.cause);
    if (withCause.length > 0) {
      const cause = withCause[0]!.cause!;
      const n = demo.findings.filter((f) => f.cause === cause).length;
      await page.selectOption('[data-testid=filter-cause]', cause);
      assert.match((await page.textContent('[data-testid=shown]'))!, new RegExp(`^${n} of`));
    } else {
      assert.equal(await page.isDisabled('[data-testid=filter-cause]'), true);
      const n = demo.findings.filter((f) => f.kind === 'escapes-to-heap').length;
      await page.selectOption('[data-testid=filter-kind]', 'escapes-to-heap');
      assert.match((await page.textContent('[data-testid=shown]'))!, new RegExp(`^${n} of`));
    }
    await page.screenshot({ path: join(ARTIFACTS, 'filtered.png') });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('cause, verification and package filters work on a result with causes; details show advice, verification and weight', async () => {
    const small = smallResult();
    const file = write('small.html', renderHtml(small, { readSource: (f) => SMALL_SOURCES[f] }));
    const { page, errors } = await open(file);
    await page.click('[data-testid=tab-list]');
    await page.selectOption('[data-testid=filter-cause]', 'interface-conversion');
    assert.match((await page.textContent('[data-testid=shown]'))!, /^2 of 5 listed findings/);
    assert.equal(await page.locator('[data-testid=findings-list] a').count(), 2);
    await page.selectOption('[data-testid=filter-ver]', 'no-allocation');
    assert.match((await page.textContent('[data-testid=shown]'))!, /^1 of 5/);
    await page.selectOption('[data-testid=filter-cause]', '');
    await page.selectOption('[data-testid=filter-ver]', '');
    await page.fill('[data-testid=search]', 'leaking');
    await page.locator('[data-testid=shown]', { hasText: /^1 of 5/ }).waitFor();
    await page.fill('[data-testid=search]', '');
    await page.goto(pathToFileURL(file).href + '#f=' + encodeURIComponent(small.findings[0]!.key));
    await page.waitForSelector('[data-testid=advice]');
    assert.match((await page.textContent('[data-testid=advice]'))!, /^`x` is returned by address/);
    assert.equal(await page.textContent('[data-testid=detail-ver]'), 'allocates');
    assert.equal(await page.textContent('[data-testid=detail-weight]'), '4,096 B');
    assert.equal(await page.locator('[data-testid=chain] li').count(), 2);
    await page.goto(pathToFileURL(file).href + '#');
    await page.waitForSelector('[data-testid=profile-chart]');
    assert.equal(await page.locator('[data-testid=profile-chart] .bar').count(), 2);
    assert.equal(await page.locator('tr[data-cause]').count(), 3, 'two causes of heap escapes, one of a leak');
    // Fix first, with a profile joined: by bytes.
    assert.deepEqual(await page.locator('[data-testid=fix-first] tr[data-fix]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-fix'))), [
      small.findings[0]!.key,
      small.findings[1]!.key,
    ]);
    await page.screenshot({ path: join(ARTIFACTS, 'small-overview.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('deep links open a finding (#f=key) and a line (#file=path:line); j/k step through findings', async () => {
    const target = demo.findings.find((f) => f.kind === 'escapes-to-heap')!;
    const { page, errors } = await open(demoFile, '#f=' + encodeURIComponent(target.key));
    await page.waitForSelector('[data-testid=detail-title]');
    assert.ok((await page.textContent('[data-testid=detail-title]'))!.includes(target.message));
    await page.waitForSelector(`[data-testid=source] [data-line="${target.pos.line}"].target`);
    assert.ok((await page.textContent('[data-testid=filehead]'))!.includes(target.pos.file));
    await page.goto(pathToFileURL(demoFile).href + `#file=${target.pos.file}:${target.pos.line + 1}`);
    await page.waitForSelector(`[data-testid=source] [data-line="${target.pos.line + 1}"].target`);
    await page.keyboard.press('j');
    await page.waitForSelector('[data-testid=detail-title]');
    await page.screenshot({ path: join(ARTIFACTS, 'deeplink.png') });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a 5,000-line file is rendered lazily (few rows in the DOM while scrolling)', async () => {
    const res = smallResult();
    const big = Array.from({ length: 5000 }, (_, i) =>
      i === 2 ? 'func F() *int { x := 1; return &x } // "str" 0x1f' : `\tx${i} := fmt.Sprintf("%d", ${i}) // line ${i}`,
    ).join('\n');
    const file = write('big.html', renderHtml(res, { readSource: (f) => (f === 'p.go' ? big : SMALL_SOURCES[f]) }));
    const { page, errors } = await open(file, '#file=p.go:1');
    await page.waitForSelector('[data-testid=source] [data-line="1"]');
    const t0 = Date.now();
    let maxRows = 0;
    for (let y = 0; y <= 5000 * 19; y += 2500) {
      await page.evaluate(`document.querySelector('[data-testid=source]').scrollTop = ${y}`);
      await page.waitForTimeout(16);
      maxRows = Math.max(maxRows, await page.locator('[data-testid=source] .vrow').count());
    }
    const elapsed = Date.now() - t0;
    await page.waitForSelector('[data-testid=source] [data-line="5000"]');
    assert.ok(maxRows < 150, `rows in DOM: ${maxRows}`);
    assert.ok(elapsed < 10_000, `scrolling took ${elapsed} ms`);
    assert.equal(await page.locator('[data-testid=source] [data-line="3"]').count(), 0, 'line 3 was scrolled away and removed');
    await page.goto(pathToFileURL(file).href + '#file=p.go:3');
    await page.waitForSelector('[data-testid=source] [data-line="3"] .t-kw');
    assert.equal(await page.locator('[data-testid=source] [data-line="3"] .t-com').textContent(), '// "str" 0x1f');
    await page.screenshot({ path: join(ARTIFACTS, 'big-file.png') });
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a hostile Go file is shown as text and runs nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goescape-hostile-'));
    try {
      writeFileSync(join(dir, 'go.mod'), 'module example.com/hostile\n\ngo 1.22\n');
      const src = [
        "// Package hostile: </script><script>window.__pwned = 'comment'</script>",
        '// <img src=x onerror="window.__pwned=\'comment-img\'"> <b>bold</b>',
        'package hostile',
        '',
        '/* block </script> <img src=x onerror=window.__pwned=1> */',
        '',
        'var sink any',
        '',
        'type T struct{ s string }',
        '',
        'func Leak(s string) *T {',
        '\tt := &T{s: "</script><img src=x onerror=\\"window.__pwned=\'string\'\\">"}',
        '\tt.s += s',
        '\treturn t',
        '}',
        '',
        'func Box(n int) {',
        '\tsink = "<img src=x onerror=window.__pwned=2>" + string(rune(n))',
        '\traw := `</script>',
        "<script>window.__pwned='raw'</script>",
        '<img src=x onerror=confirm(1)><svg onload=alert(1)>`',
        '\tsink = &raw',
        '}',
        '',
      ].join('\n');
      writeFileSync(join(dir, 'h.go'), src);
      const res = await analyzePackages({ cwd: dir });
      assert.ok(res.summary.heapEscapes >= 2, 'the hostile file has heap escapes');
      assert.ok(
        res.findings.some((f) => f.message.includes('<img')),
        'a compiler message carries the hostile text',
      );
      const html = renderHtml(res, { readSource: diskSourceReader(res) });
      const file = write('hostile.html', html);
      const page = await browser.newPage();
      const dialogs: string[] = [];
      const consoleMsgs: string[] = [];
      const requests: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('console', (m) => consoleMsgs.push(m.text()));
      page.on('pageerror', (e) => consoleMsgs.push(e.message));
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      const key = res.findings.find((f) => f.kind === 'moved-to-heap')!.key;
      await page.goto(pathToFileURL(file).href + '#f=' + encodeURIComponent(key));
      await page.waitForSelector('#app[data-state=ready]');
      await page.waitForSelector('[data-testid=source] [data-line="20"]');
      await page.click('[data-testid=tab-list]');
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate('window.__pwned'), undefined);
      assert.equal(await page.locator('img').count(), 0);
      assert.equal(await page.locator('svg').count(), 0);
      assert.equal(await page.locator('b').count(), 0);
      assert.equal(await page.locator('script').count(), 2, 'only the data block and the page script');
      assert.deepEqual(dialogs, []);
      assert.deepEqual(consoleMsgs, []);
      assert.deepEqual(requests, []);
      // the hostile text is visible, as text
      assert.ok((await page.textContent('[data-testid=source] [data-line="20"]'))!.includes("<script>window.__pwned='raw'</script>"));
      assert.ok((await page.textContent('[data-testid=source]'))!.includes('<img src=x onerror=window.__pwned=2>'));
      await page.screenshot({ path: join(ARTIFACTS, 'hostile.png') });
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('hostile file names (control, bidi and markup characters) are shown as text and run nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goescape-hostile-names-'));
    try {
      writeHostileModule(dir);
      const res = await analyzePackages({ cwd: dir });
      assert.equal(res.summary.heapEscapes, HOSTILE_NAMES.length);
      const file = write('hostile-names.html', renderHtml(res, { readSource: diskSourceReader(res) }));
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      const markup = res.findings.find((f) => f.kind === 'moved-to-heap' && f.pos.file.startsWith('l<img'))!;
      await page.goto(pathToFileURL(file).href + '#f=' + encodeURIComponent(markup.key));
      await page.waitForSelector('#app[data-state=ready]');
      await page.waitForSelector('[data-testid=filehead]');
      assert.equal(await page.evaluate('window.__pwned'), undefined);
      assert.equal(await page.locator('img').count(), 0);
      assert.equal(await page.locator('b').count(), 0);
      assert.equal(await page.locator('script').count(), 2, 'only the data block and the page script');
      // The open file's name is shown as text; every name is in the file tree, its control and bidi characters as escapes.
      assert.equal(await page.textContent('[data-testid=filehead] strong'), markup.pos.file);
      const tree = (await page.textContent('[data-testid=tree]'))!;
      for (const name of HOSTILE_NAMES) assert.ok(tree.includes(`${visible(name)}.go`), `${JSON.stringify(name)} is in the tree as ${visible(name)}`);
      assert.ok(
        !/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]/.test(tree + (await page.textContent('[data-testid=source]'))!),
        'nothing raw in the tree or the source view',
      );
      assert.deepEqual(problems, []);
      await page.screenshot({ path: join(ARTIFACTS, 'hostile-names.png') });
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
