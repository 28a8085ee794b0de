/**
 * The real parser over real compiler output: every capture of every Go
 * version in test/captures/<goVersion>/m2/ (recorded by scripts/capture.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

import { linesOfSpans, parseFlows, parseMText, type PackageOutput, type ParsedFinding } from '../../src/parse/m-output.js';

// Compiled to dist/test/parse/; the captures stay in test/captures/.
const here = dirname(fileURLToPath(import.meta.url));
function capturesRoot(): string {
  const bases = [join(here, '..', 'captures'), join(here, '..', '..', '..', 'test', 'captures'), join(process.cwd(), 'test', 'captures')];
  const found = bases.find((b) => existsSync(b) && readdirSync(b).some((d) => /^go\d/.test(d)));
  if (!found) throw new Error(`no test/captures/go*/ found from ${here}`);
  return found;
}

interface Sidecar {
  case: string;
  file: string;
  goVersion: string;
  exitCode: number;
  lines: number;
  bytes: number;
  sha256: string;
  packages: string[];
  failed: string[];
  argv: string[];
  cwd: string;
}

interface Capture {
  version: string;
  name: string;
  sidecar: Sidecar;
  text: string;
}

function loadCaptures(): Capture[] {
  const root = capturesRoot();
  const out: Capture[] = [];
  for (const version of readdirSync(root)
    .filter((d) => /^go\d/.test(d))
    .sort()) {
    const dir = join(root, version, 'm2');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const sidecar = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Sidecar;
      let buf = readFileSync(join(dir, sidecar.file));
      if (sidecar.file.endsWith('.gz')) buf = gunzipSync(buf);
      out.push({ version, name: sidecar.case, sidecar, text: buf.toString('utf8') });
    }
  }
  return out;
}

const captures = loadCaptures();

// Parsed once per capture; the tests only read the results.
const parsedCache = new Map<string, ReturnType<typeof parseMText>>();
function parsed(c: Capture): ReturnType<typeof parseMText> {
  const k = `${c.version}/${c.name}`;
  let r = parsedCache.get(k);
  if (!r) parsedCache.set(k, (r = parseMText(c.text)));
  return r;
}
const byName = (name: string) => captures.filter((c) => c.name === name);

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

// Explanation lines as printed: a position (or `<unknown line number>`), then the indented text.
const FLOW_LINE = /(?:^<unknown line number>|:\d+(?::\d+)?): {3}flow: /;
const NOTE_LINE = /(?:^<unknown line number>|:\d+(?::\d+)?): {5}from /;

function allFindings(packages: PackageOutput[]): ParsedFinding[] {
  return packages.flatMap((p) => p.findings);
}

/** Each line is in exactly one place: a finding's `lines`, a `# ` header, or unrecognized. */
function assertAccounted(text: string, packages: PackageOutput[], lineCount: number, where: string): void {
  const lines = splitLines(text);
  assert.equal(lineCount, lines.length, `${where}: lineCount`);
  const inFindings = packages.reduce((n, p) => n + p.findings.reduce((m, f) => m + linesOfSpans(f.spans).length, 0), 0);
  const headers = packages.reduce((n, p) => n + p.headers.length, 0);
  const unrecognized = packages.reduce((n, p) => n + p.unrecognized.length, 0);
  assert.equal(inFindings + headers + unrecognized, lineCount, `${where}: findings + headers + unrecognized = lines`);
  assert.equal(
    packages.reduce((n, p) => n + p.lineCount, 0),
    lineCount,
    `${where}: per-package lineCount sums to total`,
  );
  // Stronger: every line number exactly once.
  const seen = new Uint8Array(lineCount + 1);
  for (const p of packages) {
    for (const f of p.findings) for (const n of linesOfSpans(f.spans)) seen[n]!++;
    for (const u of p.unrecognized) seen[u.line]!++;
  }
  lines.forEach((l, i) => {
    if (l.startsWith('# ')) seen[i + 1]!++;
  });
  for (let n = 1; n <= lineCount; n++) {
    if (seen[n] !== 1) assert.fail(`${where}: line ${n} accounted ${seen[n]} times: ${lines[n - 1]}`);
  }
}

test('captures exist for at least two Go versions and all seven cases', () => {
  const versions = new Set(captures.map((c) => c.version));
  assert.ok(versions.size >= 2, `versions: ${[...versions].join(', ')}`);
  for (const v of versions) {
    const names = captures
      .filter((c) => c.version === v)
      .map((c) => c.name)
      .sort();
    assert.deepEqual(names, ['build-error', 'cgo', 'demo', 'rare-phrases', 'std-slice', 'tests', 'wrappers'], v);
  }
});

for (const c of captures) {
  const where = `${c.version}/${c.name}`;

  test(`${where}: sidecar matches the stored text`, () => {
    assert.equal(c.sidecar.goVersion, c.version);
    assert.equal(c.sidecar.lines, splitLines(c.text).length);
    assert.equal(c.sidecar.bytes, Buffer.byteLength(c.text, 'utf8'));
    assert.equal(c.sidecar.sha256, createHash('sha256').update(c.text, 'utf8').digest('hex'));
    assert.ok(c.sidecar.bytes < 6 * 1024 * 1024, 'capture under 6 MB');
    // Machine paths are placeholders in the sidecar.
    assert.ok(!c.sidecar.argv.some((a) => a.startsWith('/tmp/')), 'argv has no temp paths');
    assert.ok(!c.sidecar.cwd.startsWith('/'), `cwd is a placeholder: ${c.sidecar.cwd}`);
  });

  test(`${where}: every line is accounted for`, () => {
    const r = parsed(c);
    assertAccounted(c.text, r.packages, r.lineCount, where);
    // Package blocks follow the build events.
    assert.deepEqual(
      r.packages.map((p) => p.pkg),
      c.sidecar.packages,
    );
  });

  test(`${where}: flows and notes are all parsed`, () => {
    const r = parsed(c);
    const lines = splitLines(c.text);
    const flowLines = lines.filter((l) => FLOW_LINE.test(l)).length;
    const noteLines = lines.filter((l) => NOTE_LINE.test(l)).length;
    let flows = 0;
    let notes = 0;
    for (const f of allFindings(r.packages)) {
      for (const e of f.explanations) {
        for (const fl of parseFlows(e.lines)) {
          flows++;
          notes += fl.notes.length;
          assert.ok(fl.dst.length > 0 && fl.src.length > 0, `${where}: flow ${JSON.stringify(fl)}`);
          assert.ok(fl.derefs >= -1);
          for (const n of fl.notes) {
            // `at <unknown line number>` is real output (closure state vars such as #state1).
            assert.ok(n.pos && (n.pos.line > 0 || n.pos.file === '<unknown>'), `${where}: note without position ${JSON.stringify(n)}`);
          }
        }
      }
    }
    assert.equal(flows, flowLines, `${where}: flow lines`);
    assert.equal(notes, noteLines, `${where}: note lines`);
  });

  test(`${where}: explanations are plain data, their flows parsed anew on each call`, () => {
    let explained = 0;
    for (const f of allFindings(parseMText(c.text).packages)) {
      for (const e of f.explanations) {
        explained++;
        assert.equal(Object.getPrototypeOf(e), Object.prototype);
        const first = parseFlows(e.lines);
        const again = parseFlows(e.lines);
        assert.notEqual(again, first, 'each call parses again');
        assert.deepEqual(again, first);
      }
    }
    if (c.name !== 'build-error') assert.ok(explained > 0, 'explanations');
  });

  test(`${where}: Go ≥ 1.26 wording — flow arrow ← and headers carry the function`, () => {
    const lines = splitLines(c.text);
    const flowLines = lines.filter((l) => FLOW_LINE.test(l));
    for (const l of flowLines) assert.ok(l.includes(' ← '), `${where}: flow without ←: ${l}`);
    const r = parsed(c);
    for (const f of allFindings(r.packages)) {
      for (const e of f.explanations) assert.ok(e.func !== undefined && e.func.length > 0, `${where}: explanation without func at ${f.pos.file}:${f.pos.line}`);
    }
  });

  test(`${where}: can inline findings carry cost and body`, () => {
    const r = parsed(c);
    const inl = allFindings(r.packages).filter((f) => f.kind === 'can-inline');
    assert.ok(inl.length > 0);
    for (const f of inl) {
      assert.equal(typeof f.details.cost, 'number', f.message);
      assert.ok(Number.isInteger(f.details.cost) && f.details.cost! >= 0, f.message);
      assert.equal(typeof f.details.body, 'string', f.message);
      assert.ok(f.subject.length > 0);
    }
  });

  if (c.name === 'demo' || c.name === 'std-slice' || c.name === 'tests' || c.name === 'wrappers' || c.name === 'cgo') {
    test(`${where}: zero unrecognized lines`, () => {
      const r = parsed(c);
      const un = r.packages.flatMap((p) => p.unrecognized);
      assert.deepEqual(un, []);
      assert.equal(c.sidecar.exitCode, 0);
      assert.deepEqual(c.sidecar.failed, []);
    });
  }
}

for (const c of [...byName('demo'), ...byName('tests')]) {
  const where = `${c.version}/${c.name}`;
  const r = parsed(c);
  const escapesPkg = r.packages.find((p) => p.pkg === 'example.com/demo/escapes')!;

  test(`${where}: moved to heap: p (return_pointer.go:16:2) explained by a flow into ~r0`, () => {
    const f = escapesPkg.findings.filter(
      (x) => x.kind === 'moved-to-heap' && x.pos.file === 'escapes/return_pointer.go' && x.pos.line === 16 && x.pos.column === 2,
    );
    assert.equal(f.length, 1);
    const p = f[0]!;
    assert.equal(p.subject, 'p');
    assert.equal(p.message, 'moved to heap: p');
    assert.equal(p.explanations.length, 1);
    const e = p.explanations[0]!;
    assert.equal(e.header, 'escapes');
    assert.equal(e.func, 'ReturnPointerBefore');
    assert.equal(p.funcHint, 'ReturnPointerBefore');
    const flows = parseFlows(e.lines);
    assert.equal(flows.at(-1)!.dst, '~r0');
    assert.deepEqual(flows[0], {
      dst: '~r0',
      src: 'p',
      derefs: -1,
      notes: [
        { where: '&p', why: 'address-of', pos: { file: 'escapes/return_pointer.go', line: 20, column: 9 } },
        { where: 'return &p', why: 'return', pos: { file: 'escapes/return_pointer.go', line: 20, column: 2 } },
      ],
    });
    // Header, flow, two notes, verdict: the verdict comes last.
    assert.equal(linesOfSpans(p.spans).length, 5);
    const lines = splitLines(c.text);
    assert.equal(lines[linesOfSpans(p.spans).at(-1)! - 1], 'escapes/return_pointer.go:16:2: moved to heap: p');
  });

  test(`${where}: append escapes to heap takes the call as subject from its explanation`, () => {
    const f = escapesPkg.findings.filter(
      (x) => x.kind === 'escapes-to-heap' && x.pos.file === 'escapes/append_grow.go' && x.pos.line === 16 && x.pos.column === 13,
    );
    assert.equal(f.length, 1);
    assert.equal(f[0]!.subject, 'append(s, i * i)');
    assert.equal(f[0]!.message, 'append escapes to heap');
    assert.equal(f[0]!.explanations.length, 1);
    const flows = parseFlows(f[0]!.explanations[0]!.lines);
    assert.equal(flows[0]!.src, '{storage for append(s, i * i)}');
    assert.equal(flows[0]!.derefs, -1);
    assert.ok(!f[0]!.details.fromExplanation);
  });

  test(`${where}: leaking param: dst to result ~r0 level=0`, () => {
    const f = escapesPkg.findings.find((x) => x.message === 'leaking param: dst to result ~r0 level=0');
    assert.ok(f);
    assert.equal(f.kind, 'leaking-param-to-result');
    assert.equal(f.subject, 'dst');
    assert.deepEqual(f.details, { result: '~r0', level: 0 });
    assert.deepEqual(f.pos, { file: 'escapes/append_grow.go', line: 25, column: 22 });
  });

  test(`${where}: explanation-only findings (go-statement wrappers) are kept, not dropped`, () => {
    const f = escapesPkg.findings.find((x) => x.pos.file === 'escapes/goroutine.go' && x.pos.line === 36 && x.subject === 'func literal');
    assert.ok(f);
    assert.equal(f.kind, 'escapes-to-heap');
    assert.equal(f.details.fromExplanation, true);
    assert.equal(f.funcHint, 'GoroutineArgs');
  });

  test(`${where}: closure capture and cannot inline details`, () => {
    const cap = escapesPkg.findings.find((x) => x.kind === 'closure-capture');
    assert.ok(cap);
    assert.ok(cap.details.capture === 'value' || cap.details.capture === 'ref');
    assert.equal(typeof cap.details.width, 'number');
    const noinl = r.packages.flatMap((p) => p.findings).find((x) => x.message === 'cannot inline Normalize: function too complex: cost 90 exceeds budget 80');
    assert.ok(noinl);
    assert.equal(noinl.kind, 'cannot-inline');
    assert.deepEqual(noinl.details, { reason: 'function too complex: cost 90 exceeds budget 80', cost: 90, budget: 80 });
  });
}

for (const c of byName('tests')) {
  test(`${c.version}/tests: test variants have their own blocks (pkg [pkg.test])`, () => {
    const r = parsed(c);
    const variant = r.packages.find((p) => p.pkg === 'example.com/demo/escapes [example.com/demo/escapes.test]');
    assert.ok(variant, r.packages.map((p) => p.pkg).join(', '));
    assert.deepEqual(variant.headers, ['# example.com/demo/escapes [example.com/demo/escapes.test]']);
    assert.ok(
      variant.findings.some((f) => f.pos.file.endsWith('_test.go')),
      'the test variant compiles _test.go files',
    );
    assert.ok(
      r.packages.some((p) => p.pkg === 'example.com/demo/escapes.test'),
      'testmain block',
    );
    assert.equal(c.sidecar.argv[1], 'test');
    assert.ok(c.sidecar.argv.includes('-c'));
  });
}

for (const c of byName('build-error')) {
  test(`${c.version}/build-error: the failed package's errors are its unrecognized lines`, () => {
    assert.notEqual(c.sidecar.exitCode, 0);
    assert.deepEqual(c.sidecar.failed, ['example.com/builderror/bad']);
    const r = parsed(c);
    assertAccounted(c.text, r.packages, r.lineCount, `${c.version}/build-error`);
    const bad = r.packages.find((p) => p.pkg === 'example.com/builderror/bad')!;
    assert.ok(bad);
    assert.equal(bad.findings.length, 0);
    assert.equal(bad.unrecognized.length, bad.lineCount - bad.headers.length);
    assert.ok(bad.unrecognized.length >= 2);
    for (const u of bad.unrecognized) {
      assert.equal(u.pkg, 'example.com/builderror/bad');
      assert.match(u.text, /^bad\/bad\.go:\d+:\d+: /);
      assert.equal(u.reason, 'unknown message');
    }
    assert.ok(bad.unrecognized.some((u) => u.text.endsWith('undefined: undefinedName')));
    // The package that compiled is parsed normally.
    const good = r.packages.find((p) => p.pkg === 'example.com/builderror/good')!;
    assert.deepEqual(good.unrecognized, []);
    const moved = good.findings.find((f) => f.kind === 'moved-to-heap');
    assert.ok(moved);
    assert.equal(moved.subject, 'p');
    assert.equal(parseFlows(moved.explanations[0]!.lines)[0]!.dst, '~r0');
  });
}

for (const c of byName('std-slice')) {
  test(`${c.version}/std-slice: every standard package has a block and GOROOT paths parse`, () => {
    const r = parsed(c);
    assert.deepEqual(r.packages.map((p) => p.pkg).sort(), ['container/list', 'encoding/json', 'go/ast', 'reflect', 'strconv', 'sync/atomic']);
    const strconv = r.packages.find((p) => p.pkg === 'strconv')!;
    assert.ok(strconv.findings.length > 100);
    for (const f of strconv.findings) {
      if (f.pos.file.startsWith('<')) continue;
      assert.match(f.pos.file, /^\/.*\/src\/[^:]+\.go$/, f.message);
      assert.ok(f.pos.line > 0);
    }
    // Positionless lines: `moved to heap: #next` pairs with its `<unknown line number>:` explanation.
    const next = r.packages.find((p) => p.pkg === 'reflect')!.findings.filter((f) => f.subject === '#next');
    assert.deepEqual(next.map((f) => f.kind).sort(), ['closure-capture', 'moved-to-heap']);
    const moved = next.find((f) => f.kind === 'moved-to-heap')!;
    assert.deepEqual(moved.pos, { file: '<unknown>', line: 0 });
    assert.equal(moved.explanations.length, 1);
    assert.equal(parseFlows(moved.explanations[0]!.lines)[0]!.src, '#next');
    assert.equal(linesOfSpans(moved.spans).length, 5);
    // Generic shape names with spaces, braces and semicolons stay in one subject.
    const shaped = r.packages.flatMap((p) => p.findings).filter((f) => f.kind === 'can-inline' && f.subject.includes('go.shape.struct {'));
    for (const f of shaped) assert.ok(!f.subject.includes(' with cost '), f.subject);
  });
}
