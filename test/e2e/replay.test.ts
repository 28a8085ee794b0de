/**
 * End to end: a report is replayed only when go's build IDs, its listing,
 * the sources read and the options all match the run that rendered it; a
 * replayed report is byte for byte the one a full analysis renders.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { analyzeAndRender, type ReportRun } from '../../src/pipeline/replay.js';
import { renderAnalysisJson as renderJson } from '../../src/report/json/analysis.js';
import { renderText } from '../../src/report/text.js';

const SOURCE = `package shapes

type Point struct{ X, Y int }

func New(x, y int) *Point {
	p := Point{X: x, Y: y}
	return &p
}
`;

/** A module with one package; files written more than the racy window (2 s) before the first run. */
async function module(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'goescape-replay-'));
  writeFileSync(join(dir, 'go.mod'), 'module example.com/replay\n\ngo 1.26\n');
  mkdirSync(join(dir, 'shapes'));
  writeFileSync(join(dir, 'shapes', 'shapes.go'), SOURCE);
  await sleep(2100);
  return dir;
}

function run(dir: string, cache: string, extra: Partial<ReportRun> = {}): ReportRun {
  return {
    analyze: { cwd: dir, env: { ...process.env, GOESCAPE_CACHE: cache } },
    renderKey: { format: 'json' },
    render: (result) => ({ output: renderJson(result), stderr: '', exitCode: 0 }),
    ...extra,
  };
}

const text = (o: string | Uint8Array) => (typeof o === 'string' ? o : Buffer.from(o).toString('utf8'));

test('replay: the second run replays the first report, identical to a full analysis', async () => {
  const dir = await module();
  const cache = mkdtempSync(join(tmpdir(), 'goescape-replay-cache-'));
  const first = await analyzeAndRender(run(dir, cache));
  assert.equal(first.replayed, false);
  const second = await analyzeAndRender(run(dir, cache));
  assert.equal(second.replayed, true);
  assert.equal(text(second.output), text(first.output));
  const full = await analyzeAndRender(run(dir, 'off'));
  assert.equal(full.replayed, false);
  assert.equal(text(full.output), text(first.output));
  assert.match(text(first.output), /"moved-to-heap"/);
});

test('replay: an edited source, other options or a damaged entry are analyzed again', async () => {
  const dir = await module();
  const cache = mkdtempSync(join(tmpdir(), 'goescape-replay-cache-'));
  await analyzeAndRender(run(dir, cache));
  // A rendering with other options is its own entry.
  const asText = run(dir, cache, { renderKey: { format: 'text' }, render: (r) => ({ output: renderText(r), stderr: '', exitCode: 0 }) });
  assert.equal((await analyzeAndRender(asText)).replayed, false);
  assert.equal((await analyzeAndRender(asText)).replayed, true);

  // Two lines moved down: the compile's inputs changed, so its build ID did.
  writeFileSync(join(dir, 'shapes', 'shapes.go'), SOURCE.replace('package shapes\n', 'package shapes\n\n// Shapes.\n'));
  const edited = await analyzeAndRender(run(dir, cache));
  assert.equal(edited.replayed, false);
  const moved = JSON.parse(text(edited.output)) as { findings: { kind: string; pos: { line: number } }[] };
  assert.equal(moved.findings.find((f) => f.kind === 'moved-to-heap')?.pos.line, 8);

  // A report whose stored bytes were cut short is not replayed.
  await sleep(2100); // out of the racy window of the edit
  await analyzeAndRender(run(dir, cache));
  assert.equal((await analyzeAndRender(run(dir, cache))).replayed, true);
  const outs: string[] = [];
  const walk = (d: string) =>
    readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.out') && outs.push(join(d, e.name))));
  walk(join(cache, 'reports'));
  for (const f of outs) truncateSync(f, 10);
  const again = await analyzeAndRender(run(dir, cache));
  assert.equal(again.replayed, false);
  assert.equal(JSON.parse(text(again.output)).findings.find((f: { kind: string }) => f.kind === 'moved-to-heap')?.pos.line, 8);
});

test('replay: -a and --deps always analyze afresh', async () => {
  const dir = await module();
  const cache = mkdtempSync(join(tmpdir(), 'goescape-replay-cache-'));
  await analyzeAndRender(run(dir, cache));
  for (const extra of [{ rebuild: true }, { deps: true }]) {
    const r = run(dir, cache);
    r.analyze = { ...r.analyze, ...extra };
    assert.equal((await analyzeAndRender(r)).replayed, false);
    assert.equal((await analyzeAndRender(r)).replayed, false);
  }
});

test('replay: a build that failed is never replayed', async () => {
  const dir = await module();
  const cache = mkdtempSync(join(tmpdir(), 'goescape-replay-cache-'));
  mkdirSync(join(dir, 'bad'));
  writeFileSync(join(dir, 'bad', 'bad.go'), 'package bad\n\nfunc F() int { return undefinedName }\n');
  await sleep(2100);
  const first = await analyzeAndRender(run(dir, cache));
  const second = await analyzeAndRender(run(dir, cache));
  assert.equal(second.replayed, false);
  assert.equal(text(second.output), text(first.output));
  assert.match(text(second.output), /undefined: undefinedName/);
});

test('replay: a package broken after a stored run is reported as a full analysis reports it', async () => {
  const dir = await module();
  const cache = mkdtempSync(join(tmpdir(), 'goescape-replay-cache-'));
  await analyzeAndRender(run(dir, cache));
  // The entry exists, so this run holds go's output; the build IDs differ and it is parsed after all.
  mkdirSync(join(dir, 'bad'));
  writeFileSync(
    join(dir, 'bad', 'bad.go'),
    'package bad\n\nimport "example.com/replay/shapes"\n\nfunc F() int { return shapes.New(1, 2).X + undefinedName }\n',
  );
  const held = await analyzeAndRender(run(dir, cache));
  const full = await analyzeAndRender(run(dir, 'off'));
  assert.equal(held.replayed, false);
  assert.equal(text(held.output), text(full.output));
  assert.match(text(held.output), /undefined: undefinedName/);
});

test('replay: --verify replays too, and matches a full verification', async () => {
  const dir = await module();
  const cache = mkdtempSync(join(tmpdir(), 'goescape-replay-cache-'));
  const withVerify = (c: string) => run(dir, c, { verify: { cwd: dir, env: { ...process.env, GOESCAPE_CACHE: c } } });
  const first = await analyzeAndRender(withVerify(cache));
  const second = await analyzeAndRender(withVerify(cache));
  assert.equal(second.replayed, true);
  const full = await analyzeAndRender(withVerify('off'));
  assert.equal(text(second.output), text(full.output));
  assert.equal(text(first.output), text(full.output));
  assert.match(text(full.output), /"verification"/);
});

test('replay: the stored report is the rendered bytes (no re-rendering on replay)', async () => {
  const dir = await module();
  const cache = mkdtempSync(join(tmpdir(), 'goescape-replay-cache-'));
  let renders = 0;
  const counted = run(dir, cache, { render: (r) => ({ output: renderJson(r), stderr: `rendered ${++renders}\n`, exitCode: 1 }) });
  await analyzeAndRender(counted);
  const second = await analyzeAndRender(counted);
  assert.equal(renders, 1);
  assert.equal(second.replayed, true);
  assert.equal(second.stderr, 'rendered 1\n');
  assert.equal(second.exitCode, 1);
  assert.ok(readFileSync(join(dir, 'go.mod')).length > 0);
});

test('replay: a report with an exit code no complete analysis has (3: a go problem) is not kept', async () => {
  const dir = await module();
  const cache = mkdtempSync(join(tmpdir(), 'goescape-replay-cache-'));
  const go = run(dir, cache, { render: (r) => ({ output: renderJson(r), stderr: '', exitCode: 3 }) });
  await analyzeAndRender(go);
  assert.equal((await analyzeAndRender(go)).replayed, false);
  assert.equal(
    readdirSync(cache).includes('reports') &&
      readdirSync(join(cache, 'reports')).some((d) => d.length === 2 && readdirSync(join(cache, 'reports', d)).length > 0),
    false,
    'no entry stored',
  );
});
