/**
 * Files a user hands goescape are untrusted input: a baseline or saved
 * result of the wrong shape, a byte order mark, a gzip bomb, a config with
 * very many keys, messages carrying line breaks. Each gives one line and a
 * code, never a crash deep inside.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { makeBaseline, parseBaseline, renderBaseline } from '../../src/gate/baseline.js';
import { parseConfig } from '../../src/gate/config.js';
import { GoescapeError, isGoescapeError, oneLine } from '../../src/errors.js';
import { decodeHeapProfile, MAX_PROFILE_BYTES } from '../../src/parse/pprof.js';
import { gcflagsPatterns } from '../../src/toolchain/go-args.js';
import { goReason } from '../../src/toolchain/stream/process.js';
import type { AnalysisResult } from '../../src/model/result.js';

function result(): AnalysisResult {
  return {
    schemaVersion: 1,
    tool: { name: 'goescape', version: '0.1.0' },
    toolchain: { goVersion: 'go1.26.8', goos: 'linux', goarch: 'amd64', goexperiment: '', compilerFlags: ['-m=2'], command: ['go', 'build'] },
    patterns: ['./...'],
    packages: [{ path: 'example.com/m', desc: 'example.com/m', status: 'ok', errors: [], lines: 2, findings: 1, heapEscapes: 1 }],
    findings: [
      {
        key: 'example.com/m|F|moved-to-heap|x',
        kind: 'moved-to-heap',
        pkg: 'example.com/m',
        pos: { file: 'a.go', line: 3, column: 2 },
        func: 'F',
        subject: 'x',
        message: 'moved to heap: x',
        details: {},
        explanations: [],
        cause: 'returned-address',
      },
    ],
    summary: {
      lines: 2,
      linesInFindings: 1,
      headerLines: 1,
      findings: 1,
      byKind: { 'moved-to-heap': 1 },
      heapEscapes: 1,
      byCause: { 'returned-address': 1 },
      leaks: 0,
      inlinedCopies: 0,
      packages: { total: 1, ok: 1, failed: 0 },
      unrecognized: [],
      goMessages: [],
      goExitCode: 0,
    },
  };
}

function rejects(f: () => unknown, code: string, message: RegExp): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(isGoescapeError(e), `not a GoescapeError: ${String((e as Error)?.stack ?? e)}`);
    assert.equal(e.code, code);
    assert.match(e.message, message);
    assert.ok(!e.message.includes('\n'), 'one line');
    return true;
  });
}

const BASELINE = renderBaseline(makeBaseline(result()));

test('baseline: a real one reads back as written', () => {
  assert.deepEqual(parseBaseline(BASELINE, 'b.json'), makeBaseline(result()));
});

test('baseline: a UTF-8 byte order mark is accepted', () => {
  assert.deepEqual(parseBaseline(`\ufeff${BASELINE}`, 'b.json'), makeBaseline(result()));
});

// biome-ignore lint/suspicious/noExplicitAny: the cases mutate parsed JSON of any shape
type AnyJson = Record<string, any>;

const BAD_BASELINES: [string, (b: AnyJson) => void, RegExp][] = [
  [
    'compilerFlags a string',
    (b) => (b.toolchain.compilerFlags = '-m=2'),
    /^b\.json is not a valid baseline: toolchain\.compilerFlags: expected a list; regenerate it with "goescape baseline"$/,
  ],
  ['goVersion missing', (b) => delete b.toolchain.goVersion, /toolchain\.goVersion: expected a value \(missing\)/],
  ['toolchain a list', (b) => (b.toolchain = []), /toolchain: expected an object/],
  ['a site null', (b) => (b.sites[0] = null), /sites\[0\]: expected an object/],
  ['a site without func', (b) => delete b.sites[0].func, /sites\[0\]\.func: expected a value \(missing\)/],
  ['a site without its origin', (b) => delete b.sites[0].origin, /sites\[0\]\.origin: expected a value \(missing\)/],
  ['a kind from the prototype', (b) => (b.sites[0].kind = 'constructor'), /sites\[0\]\.kind: expected a finding kind/],
  ['an unknown cause', (b) => (b.sites[0].cause = 'boxing'), /sites\[0\]\.cause: expected a cause/],
  ['a line hint that is no line', (b) => (b.sites[0].at.line = -1), /sites\[0\]\.at\.line: expected a whole number ≥ 0/],
  ['packages not strings', (b) => (b.packages = [1]), /packages\[0\]: expected a string/],
  ['sites an object', (b) => (b.sites = {}), /sites: expected a list/],
  [
    'version 2 with findings instead of sites',
    (b) => {
      b.findings = b.sites;
      delete b.sites;
    },
    /sites: expected a value \(missing\)/,
  ],
  ['version 1 with sites instead of findings', (b) => (b.baselineVersion = 1), /findings: expected a value \(missing\)/],
  ['baselineVersion a string', (b) => (b.baselineVersion = '1'), /has baselineVersion "1", this goescape reads 1 to 3/],
  [
    'a later baselineVersion',
    (b) => (b.baselineVersion = 4),
    /^b\.json has baselineVersion 4, this goescape reads 1 to 3; regenerate it with "goescape baseline"$/,
  ],
];
for (const [what, mutate, message] of BAD_BASELINES) {
  test(`baseline: ${what} is BAD_INPUT`, () => {
    const b = JSON.parse(BASELINE);
    mutate(b);
    rejects(() => parseBaseline(JSON.stringify(b), 'b.json'), 'BAD_INPUT', message);
  });
}

test('baseline: only known fields are kept (nothing else reaches a report)', () => {
  const b = JSON.parse(BASELINE);
  b.toolchain.extra = '<script>';
  b.sites[0].note = 'x';
  b.other = 1;
  const parsed = parseBaseline(JSON.stringify(b), 'b.json');
  assert.deepEqual(parsed, makeBaseline(result()));
});

/** A baseline as version 1 of goescape wrote it: heap escapes by key under `findings`. */
function baselineV1(): AnyJson {
  const r = result();
  return {
    baselineVersion: 1,
    tool: 'goescape',
    toolchain: { goVersion: 'go1.26.8', goos: 'linux', goarch: 'amd64', goexperiment: '', compilerFlags: ['-m=2'] },
    patterns: ['./...'],
    packages: ['example.com/m'],
    findings: r.findings.map((f) => ({ key: f.key, kind: f.kind, pkg: f.pkg, func: f.func, subject: f.subject, cause: f.cause })),
  };
}

test('baseline: a version 1 file is read as its heap escapes, marked as such, and is never written back as version 1', () => {
  const b = parseBaseline(JSON.stringify(baselineV1()), 'b.json');
  assert.equal(b.fromVersion, 1);
  assert.deepEqual(b.sites, [
    {
      key: 'example.com/m|F|moved-to-heap|x',
      origin: 'example.com/m|F|moved-to-heap|x',
      kind: 'moved-to-heap',
      pkg: 'example.com/m',
      func: 'F',
      subject: 'x',
      cause: 'returned-address',
    },
  ]);
  const rewritten = JSON.parse(renderBaseline(b));
  assert.equal(rewritten.baselineVersion, 3);
  assert.equal('fromVersion' in rewritten, false);
});

const BAD_V1: [string, (b: AnyJson) => void, RegExp][] = [
  [
    'a version 1 finding without key',
    (b) => delete b.findings[0].key,
    /^b\.json is not a valid baseline: findings\[0\]\.key: expected a value \(missing\); regenerate it with "goescape baseline"$/,
  ],
  ['a version 1 unknown kind', (b) => (b.findings[0].kind = '__proto__'), /findings\[0\]\.kind: expected a finding kind/],
  ['a version 1 file without toolchain', (b) => delete b.toolchain, /toolchain: expected a value \(missing\)/],
];
for (const [what, mutate, message] of BAD_V1) {
  test(`baseline: ${what} is BAD_INPUT`, () => {
    const b = baselineV1();
    mutate(b);
    rejects(() => parseBaseline(JSON.stringify(b), 'b.json'), 'BAD_INPUT', message);
  });
}

test('errors: a message is one line; control characters are written as escapes', () => {
  assert.equal(oneLine('a\nb\r\x1b[31mc\td\u009b'), 'a\\nb\\r\\x1b[31mc\td\\u009b');
  assert.equal(new GoescapeError('BAD_INPUT', 'x\ny').message, 'x\\ny');
});

test('config: a UTF-8 byte order mark is accepted', () => {
  assert.equal(parseConfig('\ufeffbaseline: ci/b.json\n').baseline, 'ci/b.json');
});

test('config: an absolute baseline path is kept as it is', () => {
  assert.equal(parseConfig('baseline: /ci/b.json\n').baseline, '/ci/b.json');
});

// Quadratic key checks took minutes for this many keys: the timeout is far
// above what a linear parse needs even on a loaded machine.
test('config: very many keys parse in one pass', { timeout: 60_000 }, () => {
  const n = 100_000;
  const lines = ['rules:', '  budgets:'];
  for (let i = 0; i < n; i++) lines.push(`    example.com/m/p${i}: ${i % 7}`);
  const c = parseConfig(lines.join('\n') + '\n');
  assert.equal(Object.keys(c.rules.budgets).length, n);
  assert.equal(c.rules.budgets['example.com/m/p99999'], 99999 % 7);
  lines.push('    example.com/m/p5: 1');
  rejects(() => parseConfig(lines.join('\n') + '\n'), 'CONFIG', new RegExp(`^goescape\\.yaml:${n + 3}: rules\\.budgets\\.example\\.com/m/p5: duplicate key`));
});

test('pprof: a gzip that inflates past the bound is rejected before it is inflated in full', () => {
  // Concatenated gzip members inflate as one stream: a small file, a large output.
  const member = gzipSync(Buffer.alloc(16 * 1024 * 1024));
  const members = Math.ceil(MAX_PROFILE_BYTES / (16 * 1024 * 1024)) + 1;
  const bomb = Buffer.concat(Array.from({ length: members }, () => member));
  assert.ok(bomb.length < 1024 * 1024, `${bomb.length} bytes`);
  rejects(() => decodeHeapProfile(bomb, 'bomb.pprof'), 'BAD_INPUT', /^bomb\.pprof inflates to more than 256 MiB, more than any heap profile; /);
});

test("goReason: go's multi-line message as one line", () => {
  const vendoring = `go: inconsistent vendoring in /m:
\texample.com/dep@v1.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt

\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.
\tTo sync the vendor directory, run:
\t\tgo mod vendor
`;
  assert.equal(
    goReason(vendoring),
    'go: inconsistent vendoring in /m: example.com/dep@v1.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt; To ignore the vendor directory, use -mod=readonly or -mod=mod. To sync the vendor directory, run: go mod vendor',
  );
  assert.equal(goReason(''), '');
  assert.equal(
    goReason(Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n')),
    'line 0; line 1; line 2; line 3; line 4; line 5; line 6; line 7 (4 more lines)',
  );
});

test('gcflagsPatterns: the form go matches per-package flags by', () => {
  assert.deepEqual(gcflagsPatterns(['./...'], '/m'), ['./...']);
  assert.deepEqual(gcflagsPatterns(['example.com/m/...', 'std'], '/m'), ['example.com/m/...', 'std']);
  // An absolute directory is matched as an import path by go: relative to where go runs instead.
  assert.deepEqual(gcflagsPatterns(['/m/p', '/m', '/other/q/...'], '/m'), ['./p', '.', '../other/q/...']);
  // Named files: the package command-line-arguments (without a directory to look in, by their suffix).
  assert.deepEqual(gcflagsPatterns(['a.go', 'b.go'], undefined), ['command-line-arguments']);
  // Where it can be looked up, a pattern ending in .go that is no file is a package pattern.
  assert.deepEqual(gcflagsPatterns(['example.com/x.go'], '/nonexistent'), ['example.com/x.go']);
});
