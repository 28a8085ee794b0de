import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { PAGE_TSCONFIG, bundlePage, compilePage } from '../../scripts/build-page.js';
import { PAGE_SCRIPT } from '../../src/report/html/page-script.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PAGE_DATA = `${ROOT}src/report/html/page-data.ts`;

/** Runs a bundle with `out` (an array it may push to) as its only global. */
function run(script: string): unknown[] {
  const out: unknown[] = [];
  runInNewContext(script, { out });
  return out;
}

const mods = (m: Record<string, string>) => new Map(Object.entries(m).map(([k, v]) => [`/p/${k}`, v]));

test('bundlePage: modules run once each, dependencies first, in scopes of their own, with named, renamed and namespace imports', () => {
  const script = bundlePage(
    '/p/main.ts',
    mods({
      'main.ts':
        "import { a, twice as double } from './a.js';\nimport * as b from './b.js';\nimport './side.js';\nconst local = 'main';\nout.push(local, a, double(2), b.b);\n",
      'a.ts': "import { b } from './b.js';\nconst local = 'a';\nout.push(local);\nexport const a = 'A' + b;\nexport function twice(n) { return 2 * n; }\n",
      'b.ts': "export const b = 'B';\nout.push('b');\n",
      'side.ts': "out.push('side');\nexport {};\n",
    }),
    '/p',
  );
  assert.deepEqual(run(script), ['b', 'a', 'side', 'main', 'AB', 4, 'B']);
});

test('bundlePage: refuses what it cannot join faithfully, and text that would break the inline <script>', () => {
  const refuse = (m: Record<string, string>, why: RegExp) => assert.throws(() => bundlePage('/p/main.ts', mods(m), '/p'), why);
  refuse({ 'main.ts': "import { readFileSync } from 'node:fs';\n" }, /main\.ts: imports 'node:fs': the page loads nothing/);
  refuse({ 'main.ts': "import { x } from './x.js';\n", 'x.ts': 'export let x = 1;\n' }, /x\.ts: `export let`: importers would not see later assignments/);
  refuse({ 'main.ts': "import x from './x.js';\n", 'x.ts': 'export default 1;\n' }, /main\.ts: default import/);
  refuse({ 'main.ts': "import { x } from './x.js';\n", 'x.ts': "import './main.js';\nexport const x = 1;\n" }, /import cycle: main\.ts -> x\.ts -> main\.ts/);
  refuse({ 'main.ts': 'const x = 1;\nexport { x };\n' }, /`export \{ … \}`/);
  refuse({ 'main.ts': "import { x } from './x.js';\n" }, /x\.ts: not compiled/);
  refuse({ 'main.ts': "out.push('</SCRIPT>');\n" }, /contains "<\/SCRIPT"/);
  refuse({ 'main.ts': "out.push('<!--');\n" }, /contains "<!--"/);
});

test('the page compiles for the browser, and the built PAGE_SCRIPT is its bundle', () => {
  const { errors, modules } = compilePage(PAGE_TSCONFIG);
  assert.equal(errors, '');
  assert.equal(bundlePage(`${ROOT}src/report/html/page/main.ts`, modules), PAGE_SCRIPT);
});

test('the page is type-checked without Node, and against the declared data', () => {
  const main = `${ROOT}src/report/html/page/main.ts`;
  const node = compilePage(PAGE_TSCONFIG, new Map([[main, `${readFileSync(main, 'utf8')}\nprocess.exitCode = 1;\n`]]));
  assert.match(node.errors, /page\/main\.ts.*Cannot find name 'process'/);
  // A field renamed in the declared data breaks the page that reads it.
  const renamed = readFileSync(PAGE_DATA, 'utf8').replace(
    '  heapEscapes: number;\n  /** Allocation sites',
    '  heapEscapesTotal: number;\n  /** Allocation sites',
  );
  assert.notEqual(renamed, readFileSync(PAGE_DATA, 'utf8'));
  const page = compilePage(PAGE_TSCONFIG, new Map([[PAGE_DATA, renamed]]));
  assert.match(page.errors, /page\/overview\.ts.*Property 'heapEscapes' does not exist/);
  // ... and the report code that writes it.
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    lib: ['lib.es2022.d.ts'],
    types: ['node'],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => (name === PAGE_DATA ? ts.createSourceFile(name, renamed, lang) : getSourceFile(name, lang, ...rest));
  const program = ts.createProgram([`${ROOT}src/report/html/index.ts`], options, host);
  const producer = ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
    .join('\n');
  assert.match(producer, /report\/html\/index\.ts: .*'heapEscapes' does not exist in type 'PageSummary'/);
});
