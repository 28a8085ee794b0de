/**
 * User mistakes and what go accepts, through the built CLI with the real
 * go: each gives its documented exit code and one clear line (never a
 * stack, never "all is well" for an analysis of nothing), and arguments go
 * accepts (named .go files, absolute directories) are analyzed as go
 * compiles them.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { errorLine, goescape, writeFiles } from '../helpers/cli.js';
import { requireGo } from '../helpers/go.js';
import type { AnalysisResult } from '../../src/model/result.js';

let root = '';
/** A module: a package with a heap escape and a benchmark, and a main package in its own directory. */
let mod = '';
let nomod = '';

const MAIN = `package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func NewPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

func main() {
	p := NewPoint(1, 2)
	fmt.Println(p, strings.Repeat("a", p.X))
	var parts []string
	for i := 0; i < 3; i++ {
		parts = append(parts, fmt.Sprint(i))
	}
	fmt.Println(strings.Join(parts, ","))
}
`;

before(() => {
  requireGo();
  root = mkdtempSync(join(tmpdir(), 'goescape-e2e-mistakes-'));
  mod = join(root, 'mod');
  nomod = join(root, 'nomod');
  writeFiles(mod, {
    'go.mod': 'module example.com/m\n\ngo 1.22\n',
    'p/p.go': 'package p\n\n// F returns the address of a local.\nfunc F() *int {\n\tx := 1\n\treturn &x\n}\n',
    'p/p_test.go': 'package p\n\nimport "testing"\n\nfunc BenchmarkF(b *testing.B) {\n\tfor i := 0; i < b.N; i++ {\n\t\t_ = F()\n\t}\n}\n',
    'tool/main.go': MAIN,
  });
  writeFiles(nomod, { 'a.go': 'package main\n\nfunc main() {}\n' });
});
after(() => rmSync(root, { recursive: true, force: true }));

function json(r: { code: number; stdout: string; stderr: string }): AnalysisResult {
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as AnalysisResult;
}

describe('item 6: no stack for a user mistake', () => {
  test('GOESCAPE_GO set but empty: exit 2, one line', () => {
    const r = goescape(['analyze'], { cwd: mod, env: { GOESCAPE_GO: '' } });
    assert.equal(r.code, 2);
    assert.equal(errorLine(r, 'analyze'), 'goescape analyze: GOESCAPE_GO is set but empty; set GOESCAPE_GO to the go binary, or unset it to use go from PATH');
  });

  test('goescape.yaml a directory: exit 2', () => {
    const dir = join(root, 'yamldir');
    writeFiles(dir, { 'go.mod': 'module example.com/y\n\ngo 1.22\n', 'y.go': 'package y\n' });
    mkdirSync(join(dir, 'goescape.yaml'));
    const r = goescape(['check'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(
      errorLine(r, 'check'),
      'goescape check: cannot read config goescape.yaml: it is a directory; goescape.yaml at the module root must be a file (docs/config.md)',
    );
  });

  test('--config a directory: exit 2', () => {
    const r = goescape(['check', '--config', 'p'], { cwd: mod });
    assert.equal(r.code, 2);
    assert.equal(errorLine(r, 'check'), 'goescape check: cannot read config p: it is a directory; pass the configuration file to --config (docs/config.md)');
  });

  test('--baseline a directory: exit 2', () => {
    const r = goescape(['check', '--baseline', 'p'], { cwd: mod });
    assert.equal(r.code, 2);
    assert.equal(errorLine(r, 'check'), 'goescape check: cannot read baseline p: it is a directory; pass the baseline file written by "goescape baseline"');
  });

  test('the baseline of goescape.yaml a directory: baseline refuses before compiling, exit 2', () => {
    const dir = join(root, 'basedir');
    writeFiles(dir, { 'go.mod': 'module example.com/b\n\ngo 1.22\n', 'b.go': 'package b\n', 'goescape.yaml': 'baseline: ci\n' });
    mkdirSync(join(dir, 'ci'));
    const r = goescape(['baseline'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(errorLine(r, 'baseline'), 'goescape baseline: ci is a directory; the baseline is a file: set baseline in goescape.yaml to a file name');
  });

  test('a baseline whose toolchain.compilerFlags is a string: exit 2', () => {
    const file = join(root, 'flags-string.json');
    const w = goescape(['baseline', '-o', file], { cwd: mod });
    assert.equal(w.code, 0, w.stderr);
    const b = JSON.parse(readFileSync(file, 'utf8'));
    b.toolchain.compilerFlags = '-m=2';
    writeFileSync(file, JSON.stringify(b));
    const r = goescape(['check', '--baseline', file], { cwd: mod });
    assert.equal(r.code, 2);
    assert.equal(
      errorLine(r, 'check'),
      `goescape check: ${file} is not a valid baseline: toolchain.compilerFlags: expected a list; regenerate it with "goescape baseline"`,
    );
  });

  test('report on a result without packages: exit 2', () => {
    const file = join(root, 'no-packages.json');
    const a = goescape(['analyze', '-f', 'json', '-o', file], { cwd: mod });
    assert.equal(a.code, 0, a.stderr);
    const good = goescape(['report', file, '-f', 'text'], { cwd: mod });
    assert.equal(good.code, 0, good.stderr);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    delete data.packages;
    writeFileSync(file, JSON.stringify(data));
    const r = goescape(['report', file, '-f', 'text'], { cwd: mod });
    assert.equal(r.code, 2);
    assert.equal(
      errorLine(r, 'report'),
      `goescape report: ${file} is not a valid goescape analysis result: packages: expected a value (missing); write it again with this version's "goescape analyze --format json"`,
    );
  });

  test('a gzip profile that inflates to gigabytes: exit 2, rejected at the bound', () => {
    const member = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const file = join(root, 'bomb.pprof');
    writeFileSync(file, Buffer.concat(Array.from({ length: 34 }, () => member)));
    const r = goescape(['profile', file], { cwd: mod });
    assert.equal(r.code, 2);
    assert.match(errorLine(r, 'profile'), /^goescape profile: \S+bomb\.pprof inflates to more than 256 MiB, more than any heap profile; /);
  });
});

describe('item 7: messages that say what is wrong', () => {
  test('GOESCAPE_GO=false: go exited with code 1 and printed nothing', () => {
    const r = goescape(['analyze'], { cwd: mod, env: { GOESCAPE_GO: 'false' } });
    assert.equal(r.code, 3);
    assert.equal(
      errorLine(r, 'analyze'),
      'goescape analyze: "false env" exited with code 1 and printed nothing; check that GOESCAPE_GO=false is the go command',
    );
  });

  test('GOESCAPE_GO naming a missing path: the path does not exist (not "not found on PATH")', () => {
    const r = goescape(['analyze'], { cwd: mod, env: { GOESCAPE_GO: '/no/such/go' } });
    assert.equal(r.code, 3);
    assert.equal(
      errorLine(r, 'analyze'),
      'goescape analyze: GOESCAPE_GO=/no/such/go does not exist; set GOESCAPE_GO to the go binary, or unset it to use go from PATH',
    );
  });

  test("an invalid GOOS: go's own message", () => {
    const r = goescape(['analyze'], { cwd: mod, env: { GOOS: 'bogus' } });
    assert.equal(r.code, 3);
    assert.equal(
      errorLine(r, 'analyze'),
      'goescape analyze: go exited with code 2 before compiling any package: go: unsupported GOOS/GOARCH pair bogus/amd64; fix what go reports and run again',
    );
  });

  test("inconsistent vendoring: go's own message", () => {
    const dir = join(root, 'vendoring');
    writeFiles(dir, {
      'go.mod': 'module example.com/v\n\ngo 1.22\n\nrequire example.com/dep v1.0.0\n\nreplace example.com/dep => ./dep\n',
      'dep/go.mod': 'module example.com/dep\n\ngo 1.22\n',
      'dep/dep.go': 'package dep\n\nfunc F() *int { x := 1; return &x }\n',
      'v.go': 'package v\n\nimport "example.com/dep"\n\nvar X = dep.F()\n',
      'vendor/modules.txt': '# example.com/other v1.0.0\n## explicit\n',
    });
    const r = goescape(['analyze'], { cwd: dir });
    assert.equal(r.code, 3);
    const line = errorLine(r, 'analyze');
    assert.match(
      line,
      /exited with code 1: go: inconsistent vendoring in \S+: example\.com\/dep@v1\.0\.0: is explicitly required in go\.mod, but not marked as explicit in vendor\/modules\.txt; /,
    );
    assert.match(line, /To sync the vendor directory, run: go mod vendor/);
    assert.doesNotMatch(line, /no Go packages match/);
  });

  test('--limit -3: the whole hint, on one line', () => {
    const r = goescape(['profile', 'x.pprof', '--limit', '-3'], { cwd: mod });
    assert.equal(r.code, 2);
    assert.equal(
      errorLine(r, 'profile'),
      `goescape profile: Option '--limit' argument is ambiguous. Did you forget to specify the option argument for '--limit'? To specify an option argument starting with a dash use '--limit=-XYZ'; run "goescape profile --help"`,
    );
  });

  test('an absolute baseline path in goescape.yaml stays absolute', () => {
    const dir = join(root, 'absconfig');
    const file = join(root, 'elsewhere', 'baseline.json');
    writeFiles(dir, {
      'go.mod': 'module example.com/a\n\ngo 1.22\n',
      'a.go': 'package a\n\nfunc F() *int {\n\tx := 1\n\treturn &x\n}\n',
      'goescape.yaml': `baseline: ${file}\n`,
    });
    mkdirSync(join(root, 'elsewhere'));
    const w = goescape(['baseline'], { cwd: dir });
    assert.equal(w.code, 0, w.stderr);
    assert.ok(existsSync(file), 'written where the config says');
    assert.ok(!existsSync(join(dir, file)), 'not below the module root');
    const c = goescape(['check', '-f', 'json'], { cwd: dir });
    assert.equal(c.code, 0, c.stderr);
    assert.equal(JSON.parse(c.stdout).baseline.file, file);
  });

  test('a baseline with a UTF-8 byte order mark is read', () => {
    const file = join(root, 'bom.json');
    const w = goescape(['baseline', '-o', file], { cwd: mod });
    assert.equal(w.code, 0, w.stderr);
    writeFileSync(file, '\ufeff' + readFileSync(file, 'utf8'));
    const r = goescape(['check', '--baseline', file], { cwd: mod });
    assert.equal(r.code, 0, r.stderr);
  });
});

describe('item 8: arguments and exit codes', () => {
  test('analyze main.go analyzes what go build -gcflags=-m=2 main.go compiles', () => {
    const cwd = join(mod, 'tool');
    const go = spawnSync('go', ['build', '-gcflags=-m=2', '-o', devNull, 'main.go'], { cwd, encoding: 'utf8', env: { ...process.env, GOFLAGS: '' } });
    assert.equal(go.status, 0, go.stderr);
    // Heap verdicts (explanation headers end with a colon).
    const goHeap = go.stderr
      .split('\n')
      .filter((l) => /: (moved to heap: \S+|.+ escapes to heap)$/.test(l))
      .map((l) => /:(\d+:\d+): /.exec(l)![1]!);
    assert.ok(goHeap.length >= 5, go.stderr);
    const r = json(goescape(['analyze', '-f', 'json', 'main.go'], { cwd }));
    assert.deepEqual(
      r.packages.map((p) => p.path),
      ['command-line-arguments'],
    );
    const seen = new Set<string>();
    for (const f of r.findings) {
      if (f.kind !== 'moved-to-heap' && f.kind !== 'escapes-to-heap') continue;
      for (const pos of [f.pos, ...(f.inlinedSites ?? []).map((s) => s.pos)]) seen.add(`${pos.line}:${pos.column}`);
      assert.equal(f.pos.file, 'tool/main.go');
    }
    for (const at of goHeap) assert.ok(seen.has(at), `go's heap escape at main.go:${at} is reported`);
    assert.ok(r.summary.heapEscapes > 0);
  });

  test('analyze /abs/dir analyzes the package as ./dir does', () => {
    const rel = json(goescape(['analyze', '-f', 'json', './p'], { cwd: mod }));
    const abs = json(goescape(['analyze', '-f', 'json', join(mod, 'p')], { cwd: mod }));
    assert.equal(abs.summary.heapEscapes, 1);
    assert.deepEqual(
      abs.findings.map((f) => f.key),
      rel.findings.map((f) => f.key),
    );
  });

  test("a module with no packages: exit 3 with go's reason, never an empty success", () => {
    const dir = join(root, 'empty');
    writeFiles(dir, { 'go.mod': 'module example.com/e\n\ngo 1.22\n' });
    const r = goescape(['analyze'], { cwd: dir });
    assert.equal(r.code, 3);
    assert.equal(r.stdout, '');
    assert.equal(
      errorLine(r, 'analyze'),
      'goescape analyze: no Go packages match ./... (go: warning: "./..." matched no packages); check the pattern, the directory (--cwd) and build tags',
    );
  });

  test('bench --bench NoSuchBench: exit 2', () => {
    const r = goescape(['bench', '--bench', 'NoSuchBench', '--count', '1', './p'], { cwd: mod });
    assert.equal(r.code, 2);
    assert.equal(
      errorLine(r, 'bench'),
      'goescape bench: no benchmark matches --bench NoSuchBench in ./p; check the regular expression (go test -list . lists the benchmarks)',
    );
  });

  test("bench --benchtime bogus: go's reason, exit 2", () => {
    const r = goescape(['bench', '--benchtime', 'bogus', '--count', '1', './p'], { cwd: mod });
    assert.equal(r.code, 2);
    assert.equal(
      errorLine(r, 'bench'),
      'goescape bench: "go test -bench" rejected a flag: invalid value "bogus" for flag -test.benchtime: invalid duration; check --bench and --benchtime',
    );
  });

  test('explain outside a module: exit 3, as analyze', () => {
    const want = `${nomod} is not inside a Go module (no go.mod found); run goescape in a module, pass --cwd, or run "go mod init"`;
    for (const args of [['explain', 'a.go:3'], ['explain', 'example.com/x.F'], ['analyze']]) {
      const r = goescape(args, { cwd: nomod });
      assert.equal(r.code, 3, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(errorLine(r, args[0]!), `goescape ${args[0]}: ${want}`);
    }
  });

  test('check --baseline /abs/path: the path as given', () => {
    const file = join(root, 'given', 'b.json');
    mkdirSync(join(root, 'given'));
    const missing = goescape(['check', '--baseline', file], { cwd: mod });
    assert.equal(missing.code, 2);
    assert.equal(
      errorLine(missing, 'check'),
      `goescape check: no baseline at ${file}; check the --baseline path, or write one with "goescape baseline -o ${file}"`,
    );
    assert.equal(goescape(['baseline', '-o', file], { cwd: mod }).code, 0);
    const r = goescape(['check', '--baseline', file, '-f', 'json'], { cwd: mod });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).baseline.file, file);
  });

  test('the go command in reports is shell-quoted', () => {
    const r = goescape(['analyze', './p'], { cwd: mod });
    assert.equal(r.code, 0, r.stderr);
    const line = r.stdout.trimEnd().split('\n').at(-1)!;
    assert.match(line, / '-gcflags=\.\/p=-m=2 -dwarf=false' \.\/p$/);
    // A shell reads it back as the argv in the JSON report.
    const argv = json(goescape(['analyze', '-f', 'json', './p'], { cwd: mod })).toolchain.command;
    const command = line.slice(line.indexOf(': ') + 2);
    const echoed = spawnSync('sh', ['-c', `printf '%s\\0' ${command}`], { encoding: 'utf8' }).stdout;
    assert.deepEqual(echoed.split('\0').slice(0, -1), argv);
  });
});
