/**
 * Captures real `-S` listings for the asm parser and reconcile tests:
 * the demo module's escapes package, one small std package, a cgo package
 * (plugin: Go 1.27 prints its positions as `file.go:N[file.cgo1.go:M]`), a
 * module whose allocation is inlined two calls deep (inline-nested), a
 * package of the FIPS 140 module (its functions are `STEXTFIPS`), and
 * the -m=2 analysis of the demo package. Hex dumps, relocations,
 * PCDATA/FUNCDATA lines and inline-table lines where the index stays are dropped to keep the files small; every kept
 * line is the compiler's, verbatim.
 *
 *   npm run build && node dist/scripts/capture-asm.js            # Go on PATH → test/captures/go1.26/asm
 *   GOTOOLCHAIN=go1.27.3 node dist/scripts/capture-asm.js go1.27.3
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzePackages } from '../src/pipeline/analyze.js';
import { isHeapKind } from '../src/model/kinds.js';
import { asmCompileArgs } from '../src/toolchain/asm.js';
import { goEnv } from '../src/toolchain/go-list.js';
import { streamGo } from '../src/toolchain/stream/process.js';

const root = resolve(import.meta.dirname, '..', '..');
const demo = join(root, 'examples', 'demo');

/** Runs the -S compile of `pattern` in `cwd` and returns the kept lines. */
export async function captureAsm(pattern: string, cwd: string): Promise<string> {
  const kept: string[] = [];
  const take = (line: string) => {
    if (/^\t0x[0-9a-f]+ (?![0-9]{5,} \()/.test(line) || line.startsWith('\trel ') || /\t(PCDATA|FUNCDATA)\t/.test(line)) return;
    // Lines of the inline table where the index does not change say nothing.
    if (/^ +[0-9a-f]+ {8}[0-9]{5,} \(/.test(line)) return;
    kept.push(line);
  };
  const r = await streamGo(asmCompileArgs({ patterns: [pattern] }), { cwd }, { onStderrLine: take });
  if (r.exitCode !== 0) throw new Error(`go build -S ${pattern} failed (exit ${r.exitCode}): ${kept.slice(0, 3).join(' | ')}`);
  return kept.join('\n') + '\n';
}

/**
 * A module whose allocation is inlined two calls deep: Twice inlines With,
 * which inlines clone, whose `c` is moved to heap.
 */
function inlineModule(): string {
  const dir = mkdtempSync(join(tmpdir(), 'goescape-capture-'));
  writeFileSync(join(dir, 'go.mod'), 'module example.com/inl\n\ngo 1.26\n');
  writeFileSync(
    join(dir, 'log.go'),
    [
      'package inl',
      '',
      'type Logger struct {',
      '\tname  string',
      '\tlevel int',
      '}',
      '',
      'func (l *Logger) clone() *Logger {',
      '\tc := *l',
      '\treturn &c',
      '}',
      '',
      'func (l *Logger) With(name string) *Logger {',
      '\tc := l.clone()',
      '\tc.name = name',
      '\treturn c',
      '}',
      '',
      'func (l *Logger) Twice() *Logger { return l.With("x") }',
      '',
    ].join('\n'),
  );
  return dir;
}

/**
 * Map literals: one kept on the stack (its assignments take the map as a
 * frame address), one on the heap, and a package variable's, filled key by
 * key in package initialisation.
 */
function mapsModule(): string {
  const dir = mkdtempSync(join(tmpdir(), 'goescape-capture-'));
  writeFileSync(join(dir, 'go.mod'), 'module example.com/maps\n\ngo 1.26\n');
  writeFileSync(
    join(dir, 'maps.go'),
    [
      'package maps',
      '',
      'var sink map[string]int',
      '',
      'func Local(a, b string) int {',
      '\tm := map[string]int{a: 1, b: 2}',
      '\treturn len(m)',
      '}',
      '',
      'func Heap(a, b string) {',
      '\tsink = map[string]int{a: 1, b: 2}',
      '}',
      '',
      'var Global = map[string]int{',
      '\t"x": 1,',
      '\t"y": 2,',
      '}',
      '',
    ].join('\n'),
  );
  return dir;
}

async function main(): Promise<void> {
  const env = await goEnv({ cwd: demo });
  const label = process.argv[2] ?? env.GOVERSION.replace(/^(go\d+\.\d+)\.\d+$/, '$1');
  const out = join(root, 'test', 'captures', label, 'asm');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'demo-escapes.s'), await captureAsm('./escapes', demo));
  writeFileSync(join(out, 'container-list.s'), await captureAsm('container/list', demo));
  writeFileSync(join(out, 'plugin.s'), await captureAsm('plugin', demo));
  writeFileSync(join(out, 'fips-hmac.s'), await captureAsm('crypto/internal/fips140/hmac', demo));
  const inl = inlineModule();
  writeFileSync(join(out, 'inline-nested.s'), await captureAsm('.', inl));
  rmSync(inl, { recursive: true, force: true });
  const maps = mapsModule();
  writeFileSync(join(out, 'maps-literal.s'), await captureAsm('.', maps));
  rmSync(maps, { recursive: true, force: true });
  const result = await analyzePackages({ cwd: demo, patterns: ['./escapes'] });
  // Keep what reconcile reads: heap findings and inlining calls.
  result.findings = result.findings.filter((f) => isHeapKind(f.kind) || f.kind === 'inlining-call');
  result.summary.unrecognized = [];
  writeFileSync(join(out, 'demo-escapes.result.json'), JSON.stringify(result, null, 1) + '\n');
  writeFileSync(join(out, 'meta.json'), JSON.stringify({ goVersion: env.GOVERSION, goroot: env.GOROOT, moduleRoot: demo, cwd: demo }, null, 2) + '\n');
  console.log(`wrote ${out}`);
}

await main();
