import { strict as assert } from 'node:assert';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { boundaryViolations, sourceFiles } from '../../scripts/check-boundaries.js';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));

test('src/ keeps its import boundaries: stages import at most one other stage, never pipeline/ or cli/', () => {
  const files = sourceFiles(SRC);
  assert.ok(files.length > 50, `read src/ (${files.length} files)`);
  assert.deepEqual(boundaryViolations(files), []);
});

test('the boundary check fails on a stage that ties two stages together, or imports the pipeline or the CLI', () => {
  const v = boundaryViolations([
    { path: 'report/x.ts', text: "import { a } from '../analyze/a.js';\nimport type { B } from '../gate/b.js';\nimport { c } from '../model/c.js';\n" },
    { path: 'analyze/y.ts', text: "import { run } from '../pipeline/analyze.js';\n" },
    { path: 'parse/z.ts', text: "export { EXIT } from '../cli/exit-codes.js';\n" },
    { path: 'pipeline/ok.ts', text: "import { a } from '../analyze/a.js';\nimport { b } from '../gate/b.js';\nimport { c } from '../report/c.js';\n" },
    { path: 'gate/ok.ts', text: "import { a } from '../analyze/a.js';\nimport { u } from '../util/u.js';\nimport { e } from '../errors.js';\n" },
  ]);
  assert.deepEqual(v, [
    'analyze/y.ts imports pipeline/analyze.ts: only the CLI and index.ts may import pipeline/',
    'parse/z.ts imports cli/exit-codes.ts: only the CLI and index.ts may import cli/',
    'report/x.ts imports from 2 stages (analyze, gate): code that ties stages together goes in pipeline/',
  ]);
});

test('the page script imports only its own folder, the data it receives and its wording', () => {
  const v = boundaryViolations([
    {
      path: 'report/html/page/ok.ts',
      text: "import { el } from './dom.js';\nimport type { PageData } from '../page-data.js';\nimport { PAGE_TEXT } from '../../messages/html.js';\n",
    },
    { path: 'report/html/page/node.ts', text: "import { readFileSync } from 'node:fs';\n" },
    {
      path: 'report/html/page/stage.ts',
      text: "import { FINDING_KINDS } from '../../../model/kinds.js';\nimport { visible } from '../../escape.js';\nimport '../index.js';\n",
    },
  ]);
  const why = 'the page script runs in the browser; it imports only report/html/page/, report/html/page-data.ts and report/messages/html.ts';
  assert.deepEqual(v, [
    `report/html/page/node.ts imports node:fs: ${why}`,
    `report/html/page/stage.ts imports model/kinds.ts: ${why}`,
    `report/html/page/stage.ts imports report/escape.ts: ${why}`,
    `report/html/page/stage.ts imports report/html/index.ts: ${why}`,
  ]);
});
