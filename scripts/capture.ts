/**
 * Records real compiler output per Go version for the parser tests:
 *
 *   test/captures/<goVersion>/m2/<case>.txt[.gz]   the `Output` of every
 *       build-output event, concatenated, exactly as the compiler printed it
 *   test/captures/<goVersion>/m2/<case>.json       a small sidecar: argv,
 *       cwd, go version, exit code, line count, packages, failed packages
 *   test/captures/<goVersion>/bce/<case>.*         the same for a compile with
 *       the bounds-check report (`-d=ssa/check_bce/debug=1`)
 *
 * Machine-specific absolute paths are replaced by placeholders (`<repo>`,
 * `<tmp>`, `$GOROOT`, `$GOMODCACHE`, `~`) in the sidecar only; the text keeps
 * them, because the parser must see what the compiler printed.
 *
 * Usage: node dist/scripts/capture.js [--go-toolchain go1.27.3] [--cases demo,std-slice] [--out DIR] [--rebuild]
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { captureCompile, type CaptureResult } from '../src/toolchain/capture.js';
import type { CompileOptions } from '../src/toolchain/go-args.js';
import { goEnv, type GoEnv } from '../src/toolchain/go-list.js';

/** Captures larger than this are stored gzipped (`.txt.gz`). */
const GZIP_ABOVE = 1024 * 1024;

const here = dirname(fileURLToPath(import.meta.url));
// Built to dist/scripts/; the repository root is two levels up.
const repoRoot = resolve(here, '..', '..');

const STD_SLICE = ['strconv', 'container/list', 'sync/atomic', 'encoding/json', 'go/ast', 'reflect'];

interface CaseContext {
  env: NodeJS.ProcessEnv;
  tmp: string;
}

interface CaseSpec {
  description: string;
  /** The folder under test/captures/<goVersion>/: `m2` (the default) for `-m=2` output. */
  folder?: string;
  /** Prepares the working directory and compile options; `files`: the module's source, when it is made here (kept in the sidecar, for tests that read the source beside the output). */
  setup(ctx: CaseContext): Promise<{ cwd: string; compile: CompileOptions; files?: Record<string, string> }>;
}

const BUILD_ERROR_FILES: Record<string, string> = {
  'go.mod': 'module example.com/builderror\n\ngo 1.26\n',
  'good/good.go': `// Package good compiles; it has one heap escape.
package good

type Point struct{ X, Y int }

func NewPoint(x, y int) *Point {
	p := Point{X: x, Y: y}
	return &p
}
`,
  'bad/bad.go': `// Package bad does not compile: an undefined name and a type mismatch.
package bad

func Broken() int {
	var s string = 42
	return undefinedName + len(s)
}
`,
};

/** Constructs whose compiler lines are rare in real code, one file each. */
const RARE_PHRASE_FILES: Record<string, string> = {
  'go.mod': 'module example.com/phrases\n\ngo 1.26\n',
  // "partially devirtualizing i.M to Wrap": the concrete type is known but its method
  // is promoted from an embedded interface field (golang.org/issue/42279).
  'partial_devirtualize.go': `package phrases

type I interface{ M() int }

type Impl struct{ n int }

func (i *Impl) M() int { return i.n }

type Wrap struct{ I }

func PartiallyDevirtualized(n int) int {
	var i I = Wrap{&Impl{n}}
	return i.M()
}
`,
  // Causes the compiler's wording alone does not settle (analyze/classify.ts): what
  // each call, selector and conversion is, read with the source beside it.
  'causes.go': `package phrases

import (
	"errors"

	"example.com/phrases/dep"
)

// A pointer converted to an interface is not a box: the allocation is the &T{}.
type holder struct{ err error }

func Wrap2(s string) *holder { return &holder{errors.New(s)} }

// Method values through a field, on a type of another package; a field boxed.
type Logger struct{ delegate *dep.Sugared }

type printer struct{ print func(...any) }

func (l *Logger) Printer() *printer { return &printer{print: l.delegate.Debug} }

var sinkAny any

type counts struct{ n int }

func BoxField(c *counts) { sinkAny = c.n }

// A method value on the result of an inlined call (the compiler prints (~r0).Run).
func Runner() func() { return dep.Make().Run }

// Builtins: what append adds lives in the slice's array; panic's argument escapes.
func Append(xs []*int, v int) []*int { return append(xs, &v) }

func Fail(s string) { panic(errors.New(s)) }

// A value method of an unexported type, not inlined: a static call.
type valDesc struct{}

var kept []*int

//go:noinline
func (valDesc) keep(p *int) { kept = append(kept, p) }

type reg struct{ vd valDesc }

func (r *reg) Add(n int) { r.vd.keep(&n) }

// An interface method called on a parameter of inlined code (dep.v.Value), and on a package variable.
func Find(v dep.Valuer, n int) any { return dep.Lookup(v, &n) }

func Discard(n int) { dep.Discard.Keep(&n) }
`,
  // Inlined code from sync/atomic in a file that does not import it.
  'inlined.go': `package phrases

import "example.com/phrases/dep"

var box dep.Box

func Keep(n int) { box.Set(&n) }
`,
  'dep/dep.go': `package dep

import "sync/atomic"

type Sugared struct{ n int }

//go:noinline
func (s *Sugared) Debug(args ...any) { _ = args }

type Box struct{ p atomic.Pointer[int] }

func (b *Box) Set(p *int) { b.p.Store(p) }

type Valuer interface{ Value(key any) any }

func Lookup(v Valuer, k *int) any { return v.Value(k) }

type Keeper interface{ Keep(p *int) }

var Discard Keeper

type Runner interface{ Run() }

type run struct{ n int }

func (r *run) Run() { r.n++ }

func Make() Runner { return &run{} }
`,
};

/** Code the compiler generates at `<autogenerated>:1`: a pointer wrapper, a promoted method, an interface's method wrapper, method values. */
const WRAPPER_FILES: Record<string, string> = {
  'go.mod': 'module example.com/wrappers\n\ngo 1.26\n',
  'wrappers.go': `package wrappers

var sink any

// Point.Keep's parameter moves to the heap; the compiler's pointer wrapper
// (*Point).Keep inlines it and reports the same at <autogenerated>:1.
type Point struct{ X, Y int }

func (p Point) Keep() { sink = &p.X }

func (p *Point) Move(dx int) { p.X += dx }

// A method value: the compiler's closure (*Point).Move-fm.
func Mover(p *Point) func(int) { return p.Move }

// entry promotes node's entry method: the compiler's wrapper (*entry).entry
// inlines (*node).entry, whose panic argument escapes.
type node struct{ ok bool }

func (n *node) entry() *node {
	if !n.ok {
		panic("not an entry")
	}
	return n
}

type entry struct {
	node
	v int
}

type entryer interface{ entry() *node }

func NewEntry() entryer { return &entry{} }

// Conn promotes the interface method Close of its embedded Closer; Closer.Close
// is the compiler's wrapper of the interface method.
type Closer interface{ Close() error }

type Conn struct{ Closer }

func AsCloser(c Conn) Closer { return c }

func CloseLater(c Closer) func() error { return c.Close }
`,
};

/** A package that calls C: cgo generates `_cgo_gotypes.go` in go's work directory, and the compiler reports findings there. */
const CGO_FILES: Record<string, string> = {
  'go.mod': 'module example.com/cgo\n\ngo 1.26\n',
  'cgo.go': `// Package cgo calls C: cgo generates _cgo_gotypes.go in go's work directory,
// and the compiler reports its findings there.
package cgo

// static int twice(int x) { return 2 * x; }
import "C"

func Twice(x int) int { return int(C.twice(C.int(x))) }
`,
};

const BOUNDS_FILES: Record<string, string> = {
  'go.mod': 'module example.com/bounds\n\ngo 1.26\n',
  'bounds.go': `// Package bounds has index and slice bounds checks the compiler keeps, and some it proves away.
package bounds

func Sum(s []int) int {
	t := 0
	for i := 0; i < 10; i++ {
		t += s[i]
	}
	return t
}

func First(s []int) int {
	_ = s[3]
	return s[0] + s[1] + s[2] + s[3]
}

func Window(b []byte, n int) []byte {
	return b[:n]
}

func Checked(b []byte, n int) []byte {
	if uint(n) > uint(cap(b)) {
		return nil
	}
	return b[:n]
}
`,
};

/** Writes a module's files (paths relative to `dir`) and returns `dir`. */
async function writeModule(dir: string, files: Record<string, string>): Promise<string> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const CASES: Record<string, CaseSpec> = {
  demo: {
    description: 'the example module examples/demo, ./...',
    async setup() {
      return { cwd: join(repoRoot, 'examples', 'demo'), compile: { patterns: ['./...'], compilerFlags: ['-m=2'] } };
    },
  },
  'std-slice': {
    description: `standard-library packages: ${STD_SLICE.join(' ')}`,
    async setup() {
      return { cwd: repoRoot, compile: { patterns: STD_SLICE, compilerFlags: ['-m=2'] } };
    },
  },
  'build-error': {
    description: 'a temp module with one package that fails to compile (bad) and one that compiles (good)',
    async setup(ctx) {
      const dir = await writeModule(join(ctx.tmp, 'builderror'), BUILD_ERROR_FILES);
      return { cwd: dir, compile: { patterns: ['./...'], compilerFlags: ['-m=2'] } };
    },
  },
  'bounds-checks': {
    description: 'a temp module compiled with the bounds-check report (-d=ssa/check_bce/debug=1, for //goescape:bce)',
    folder: 'bce',
    async setup(ctx) {
      const dir = await writeModule(join(ctx.tmp, 'bounds'), BOUNDS_FILES);
      return { cwd: dir, compile: { patterns: ['./...'], compilerFlags: ['-d=ssa/check_bce/debug=1'] }, files: BOUNDS_FILES };
    },
  },
  'rare-phrases': {
    description:
      'a temp module of constructs whose compiler lines are rare (partial devirtualization) or whose causes need the source (calls, selectors, conversions)',
    async setup(ctx) {
      const dir = await writeModule(join(ctx.tmp, 'phrases'), RARE_PHRASE_FILES);
      return { cwd: dir, compile: { patterns: ['./...'], compilerFlags: ['-m=2'] }, files: RARE_PHRASE_FILES };
    },
  },
  cgo: {
    description: 'a temp module with a package that calls C (cgo generates _cgo_gotypes.go in the work directory; needs a C compiler)',
    async setup(ctx) {
      const dir = await writeModule(join(ctx.tmp, 'cgo'), CGO_FILES);
      return { cwd: dir, compile: { patterns: ['./...'], compilerFlags: ['-m=2'] } };
    },
  },
  wrappers: {
    description:
      'a temp module whose findings include generated code (<autogenerated>:1): pointer and promoted-method wrappers, interface method wrappers, method values',
    async setup(ctx) {
      const dir = await writeModule(join(ctx.tmp, 'wrappers'), WRAPPER_FILES);
      return { cwd: dir, compile: { patterns: ['./...'], compilerFlags: ['-m=2'] } };
    },
  },
  tests: {
    description: 'examples/demo with test variants (go test -c): headers like `pkg [pkg.test]`',
    async setup(ctx) {
      const outDir = join(ctx.tmp, 'testbin');
      await mkdir(outDir, { recursive: true });
      return { cwd: join(repoRoot, 'examples', 'demo'), compile: { patterns: ['./...'], compilerFlags: ['-m=2'], tests: true, outDir } };
    },
  },
};

/** Replaces machine-specific absolute paths with placeholders (sidecar only). */
function redactor(env: GoEnv, tmp: string): (s: string) => string {
  const pairs: [string, string][] = [
    [tmp, '<tmp>'],
    [repoRoot, '<repo>'],
    [env.GOROOT, '$GOROOT'],
    [env.GOMODCACHE, '$GOMODCACHE'],
    [tmpdir(), '<tmpdir>'],
    [homedir(), '~'],
  ];
  const ordered = pairs.filter(([from]) => from && from !== '/').sort((a, b) => b[0].length - a[0].length);
  return (s) => {
    let out = s;
    for (const [from, to] of ordered) out = out.split(from).join(to);
    return out;
  };
}

function lineCount(text: string): number {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'go-toolchain': { type: 'string' },
      cases: { type: 'string' },
      out: { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`usage: capture [--go-toolchain go1.27.3] [--cases ${Object.keys(CASES).join(',')}] [--out DIR] [--rebuild]\n`);
    return 0;
  }
  const caseNames = values.cases
    ? values.cases
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : Object.keys(CASES);
  for (const name of caseNames) {
    if (!CASES[name]) {
      process.stderr.write(`capture: unknown case "${name}"; known: ${Object.keys(CASES).join(', ')}\n`);
      return 2;
    }
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (values['go-toolchain']) env.GOTOOLCHAIN = values['go-toolchain'];
  const outRoot = resolve(values.out ?? join(repoRoot, 'test', 'captures'));
  const tmp = await mkdtemp(join(tmpdir(), 'goescape-capture-'));
  try {
    const goenv = await goEnv({ cwd: repoRoot, env });
    const redact = redactor(goenv, tmp);
    for (const name of caseNames) {
      const spec = CASES[name]!;
      const folder = spec.folder ?? 'm2';
      const dir = join(outRoot, goenv.GOVERSION, folder);
      await mkdir(dir, { recursive: true });
      const { cwd, compile, files } = await spec.setup({ env, tmp });
      const started = Date.now();
      const r: CaptureResult = await captureCompile({ ...compile, rebuild: values.rebuild }, { cwd, env });
      const bytes = Buffer.byteLength(r.output, 'utf8');
      const gz = bytes > GZIP_ABOVE;
      const file = `${name}.txt${gz ? '.gz' : ''}`;
      await rm(join(dir, `${name}.txt`), { force: true });
      await rm(join(dir, `${name}.txt.gz`), { force: true });
      await writeFile(join(dir, file), gz ? gzipSync(Buffer.from(r.output, 'utf8'), { level: 9 }) : r.output);
      const sidecar = {
        case: name,
        description: spec.description,
        file,
        goVersion: goenv.GOVERSION,
        goos: goenv.GOOS,
        goarch: goenv.GOARCH,
        gotoolchain: env.GOTOOLCHAIN ?? '',
        cwd: redact(cwd),
        argv: r.argv.map(redact),
        exitCode: r.exitCode,
        lines: lineCount(r.output),
        bytes,
        sha256: createHash('sha256').update(r.output, 'utf8').digest('hex'),
        packages: r.packages,
        failed: r.failed,
        strayStdout: r.strayStdout.map(redact),
        stderr: redact(r.stderr),
        ...(files ? { files } : {}),
      };
      await writeFile(join(dir, `${name}.json`), JSON.stringify(sidecar, null, 2) + '\n');
      process.stdout.write(
        `${goenv.GOVERSION}/${folder}/${file}: ${sidecar.lines} lines, ${bytes} bytes, exit ${r.exitCode}` +
          `${r.failed.length ? `, failed: ${r.failed.join(', ')}` : ''} (${Date.now() - started} ms)\n`,
      );
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`capture: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
