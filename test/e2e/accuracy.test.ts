/**
 * End to end, real go: the accuracy benchmark (scripts/accuracy.ts) on the
 * example module's benchmarks: two profile runs at rate 1, a coverage run,
 * `analyze --verify -f json` and raw `-m`, scored.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { ALLOCATION_CLASSES, isModuleLibraryFile, scorePredictions, type ClassScore, type Prediction } from '../../src/bench/accuracy.js';
import { renderAccuracyText } from '../../src/report/accuracy.js';
import { measureModule, scoreCorpus, type ModuleMeasure } from '../../scripts/accuracy.js';
import { DEMO, requireGo } from '../helpers/go.js';

function inUnit(s: ClassScore): void {
  for (const v of [s.precision, s.recall, s.bytesRecall]) assert.ok(v === null || (v >= 0 && v <= 1), `${s.class}: ${v} in [0,1]`);
  assert.ok(s.allocated <= s.ran && s.ran <= s.predicted);
  assert.equal(s.ran + s.notExecuted, s.predicted);
}

describe('npm run accuracy on examples/demo (real go)', () => {
  let m: ModuleMeasure;
  before(async () => {
    requireGo();
    m = await measureModule(DEMO, 'example.com/demo', { benchtime: '100x', runs: 2 });
  });

  it('finds the lines that allocated, and the lines that ran', () => {
    assert.equal(m.joins.length, 2);
    assert.deepEqual(m.failures, []);
    // LargeArrayBefore's 800 KB buffer, moved to the heap: escapes/large_array.go:17.
    const big = m.observed.lines.find((l) => l.file === 'escapes/large_array.go' && l.line === 17);
    assert.ok(big, 'escapes/large_array.go:17 allocated');
    assert.equal(big.runs, 2);
    assert.ok(big.bytes >= 2 * 100 * 800_000, `${big.bytes} bytes over two runs of 100 iterations`);
    assert.ok(m.executed.has('escapes/large_array.go\x0017'));
    assert.ok(
      m.observed.lines.every((l) => isModuleLibraryFile(l.file)),
      'test files are out of scope',
    );
    // ReturnPointerAfter returns a value: it ran, and never allocated.
    assert.ok(m.executed.has('escapes/return_pointer.go\x0025'), 'ReturnPointerAfter ran');
    assert.ok(!m.observed.lines.some((l) => l.file === 'escapes/return_pointer.go' && l.line > 20));
  });

  it('scores goescape and raw -m, each figure in [0,1], the big allocation predicted as allocates', () => {
    const r = scoreCorpus([m], { benchtime: '100x', runs: 2, seconds: m.seconds });
    const [g, raw] = r.scores;
    assert.equal(g!.predictor, 'goescape');
    assert.equal(raw!.predictor, 'raw -m');
    for (const s of r.scores) for (const c of [s.all, ...s.classes]) inUnit(c);
    assert.ok(g!.all.recall! > 0.5, `goescape recall ${g!.all.recall}`);
    assert.ok(g!.all.bytesRecall! > 0.9, `goescape bytes recall ${g!.all.bytesRecall}`);
    assert.ok(raw!.all.ran > 0 && raw!.all.recall! > 0);
    const allocates = g!.classes.find((c) => c.class === 'allocates');
    assert.ok(allocates && allocates.allocated > 0);
    assert.ok(m.goescape.some((p) => p.file === 'escapes/large_array.go' && p.line === 17 && p.class === 'allocates'));
    assert.ok(!g!.misses.some((x) => x.file === 'escapes/large_array.go' && x.line === 17));
    // Every miss and false positive has a reason, and the counts add up.
    assert.equal(
      Object.values(g!.missesByReason).reduce((a, b) => a + b, 0),
      g!.misses.length,
    );
    assert.equal(g!.falsePositives.length, g!.all.ran - g!.all.allocated);
    const text = renderAccuracyText(r);
    assert.match(text, /goescape +all +\d+ +\d+ +\d+ +\d+ +[01]\.\d{3}/);
    assert.match(text, /raw -m +all/);
  });

  it('scores the allocation classes from the analysis: allocates, may-allocate and its conditions, the targets', () => {
    const r = scoreCorpus([m], { benchtime: '100x', runs: 2, seconds: m.seconds });
    const g = r.scores[0]!;
    const cls = (c: string, condition?: string) => g.classes.find((s) => s.class === c && s.condition === condition);
    // AppendGrowBefore appends to a nil slice n times: growslice, which allocates only when the append outgrows the capacity; it does here.
    assert.ok(m.goescape.some((p) => p.file === 'escapes/append_grow.go' && p.line === 16 && p.class === 'may-allocate' && p.condition === 'append-growth'));
    // InterfaceBefore boxes n * 1000 (n ≥ 1): convT64 of a value above 255, which allocates.
    assert.ok(m.goescape.some((p) => p.file === 'escapes/interface.go' && p.line === 22 && p.class === 'may-allocate' && p.condition === 'integer-not-small'));
    for (const line of ['escapes/append_grow.go:16', 'escapes/interface.go:22']) {
      assert.ok(
        m.observed.lines.some((l) => `${l.file}:${l.line}` === line),
        `${line} allocated`,
      );
      assert.ok(!g.misses.some((x) => `${x.file}:${x.line}` === line) && !g.falsePositives.some((x) => `${x.file}:${x.line}` === line));
    }
    const append = cls('may-allocate', 'append-growth')!;
    assert.ok(append.allocated >= 1, 'the append that grew counts in its condition');
    // The channel operations are may-allocate (a sudog only when they wait): lines that ran without allocating are
    // false positives of their condition, never of `allocates`.
    assert.ok(cls('may-allocate', 'channel-blocks')!.predicted >= 5);
    for (const f of g.falsePositives) if (f.class === 'may-allocate') assert.equal(f.reason, 'condition-not-met');
    assert.ok(g.falsePositives.some((f) => f.condition === 'channel-blocks'));
    // A line is in its most certain class: the class rows split `all`'s lines (a line whose callee allocated
    // comes true over all classes by an allocates-in-callee prediction beside a claim of another class).
    const top = g.classes.filter((c) => c.condition === undefined);
    assert.equal(
      top.reduce((a, c) => a + c.predicted, 0),
      g.all.predicted,
    );
    assert.ok(top.reduce((a, c) => a + c.allocated, 0) <= g.all.allocated);
    assert.ok(
      top.every((c) => ALLOCATION_CLASSES.includes(c.class)),
      `classes under --verify: ${top.map((c) => c.class)}`,
    );
    assert.equal(g.classed!.predicted, g.all.predicted);
    // Every allocates line that ran allocated in the demo's benchmarks.
    assert.equal(cls('allocates')!.precision, 1);
    assert.deepEqual(
      r.targets.map((t) => t.figure),
      ['allocates-precision', 'recall', 'bytes-recall', 'may-allocate-precision', 'allocates-in-callee-precision'],
    );
    // The demo's calls into std (fmt.Sprint, sync.(*Pool).Get, …) are predicted to allocate inside them.
    assert.ok(m.goescape.some((p) => p.class === 'allocates-in-callee' && p.callee === 'fmt.Sprint'));
    assert.ok(r.targets[0]!.met);
    assert.equal(r.targets[1]!.raw, r.scores[1]!.all.recall);
    const text = renderAccuracyText(r);
    assert.match(text, /^ {15}append-growth +\d+/m);
    assert.match(text, /precision of allocates \(lines that ran\) +1\.000 +≥ 0\.95 +met/);
  });

  it('a deliberately wrong prediction (a line that ran and never allocated) lowers precision', () => {
    const observed = new Set(m.observed.lines.map((l) => `${l.file}\0${l.line}`));
    const predicted = new Set(m.goescape.map((p) => `${p.file}\0${p.line}`));
    const idle = [...m.executed].find((k) => isModuleLibraryFile(k.split('\0')[0]!) && !observed.has(k) && !predicted.has(k));
    assert.ok(idle, 'a line that ran without allocating');
    const [file, line] = idle.split('\0') as [string, string];
    const wrong: Prediction = { file, line: Number(line), class: 'allocates', kind: 'escapes-to-heap', message: 'x escapes to heap', copy: false };
    const before_ = scorePredictions('goescape', m.goescape, m.observed, m.executed, isModuleLibraryFile);
    const after_ = scorePredictions('goescape', [...m.goescape, wrong], m.observed, m.executed, isModuleLibraryFile);
    assert.ok(after_.all.precision! < before_.all.precision!, `${after_.all.precision} < ${before_.all.precision}`);
    assert.equal(after_.all.recall, before_.all.recall);
    assert.ok(after_.falsePositives.some((f) => f.file === file && f.line === Number(line) && f.reason === 'no-allocation-on-path'));
    // A prediction on a line that never ran is counted apart, not against precision.
    const never: Prediction = { ...wrong, line: 100000 };
    const apart = scorePredictions('goescape', [...m.goescape, never], m.observed, m.executed, isModuleLibraryFile);
    assert.equal(apart.all.precision, before_.all.precision);
    assert.equal(apart.all.notExecuted, before_.all.notExecuted + 1);
  });
});
