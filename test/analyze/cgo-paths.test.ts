/**
 * Positions in what cgo generates (the `cgo` capture of each Go version):
 * the compiler prints `_cgo_gotypes.go:50:12`, a file of go's temporary
 * work directory whose path it trims off. It is `$WORK/_cgo_gotypes.go`,
 * never a file of the module (which a report would link to and read).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

import { PathNormalizer } from '../../src/analyze/paths.js';
import { analyzeCompilerOutput } from '../../src/pipeline/recorded.js';
import { recordedGoEnv } from '../helpers/go.js';

const MODULE = '/capture/cgo';

for (const version of ['go1.26.8', 'go1.27.3']) {
  const capture = new URL(`../../../test/captures/${version}/m2/cgo.txt`, import.meta.url);
  test(`${version}/cgo: findings in cgo's generated file are at $WORK/_cgo_gotypes.go; the package's own file stays module-relative`, {
    skip: !existsSync(capture) && 'no capture',
  }, () => {
    const text = readFileSync(capture);
    const env = recordedGoEnv(version, MODULE);
    const r = analyzeCompilerOutput([text], {
      env,
      cwd: MODULE,
      listed: [{ ImportPath: 'example.com/cgo', Dir: MODULE, GoFiles: ['cgo.go'] }],
      readSource: () => undefined,
    });
    const files = new Set(r.findings.map((f) => f.pos.file));
    assert.deepEqual([...files].sort(), ['$WORK/_cgo_gotypes.go', 'cgo.go']);
    const heap = r.findings.find((f) => f.kind === 'escapes-to-heap');
    assert.deepEqual(heap?.pos, { file: '$WORK/_cgo_gotypes.go', line: 50, column: 12 });
    // Go 1.27 names the wrapper as the call is written.
    assert.match(heap.func, /^(?:_Cfunc_twice|C\.twice)$/);
    for (const f of r.findings)
      for (const e of f.explanations) for (const fl of e.flows) for (const n of fl.notes) assert.notEqual(n.pos?.file, '_cgo_gotypes.go');
  });
}

test("the normaliser: a bare _cgo_*.go is go's work directory, nothing on disk; other names are unchanged", () => {
  const p = new PathNormalizer({ cwd: MODULE, moduleRoot: MODULE, goroot: '/usr/local/go' });
  assert.equal(p.normalize('_cgo_gotypes.go'), '$WORK/_cgo_gotypes.go');
  assert.equal(p.normalize('_cgo_imports.go'), '$WORK/_cgo_imports.go');
  assert.equal(p.absolute('$WORK/_cgo_gotypes.go'), undefined);
  assert.equal(p.normalize('./cgo.go'), 'cgo.go');
  assert.equal(p.normalize('x_cgo_gotypes.go'), 'x_cgo_gotypes.go');
  assert.equal(p.normalize('sub/_cgo_gotypes.go'), 'sub/_cgo_gotypes.go');
});
