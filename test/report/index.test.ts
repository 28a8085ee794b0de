/**
 * The reporter registries (src/report/index.ts): each wires exactly its
 * declared formats, HTML as a page written to a file and everything else
 * as a stream; and the typing they rely on holds: a registry that leaves a
 * declared format unwired, or wires one that is not declared, does not
 * compile.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as registry from '../../src/report/index.js';

const SUBJECTS = [
  ['ANALYSIS', registry.ANALYSIS_FORMATS, registry.ANALYSIS_REPORTERS],
  ['GATE', registry.GATE_FORMATS, registry.GATE_REPORTERS],
  ['DIFF', registry.DIFF_FORMATS, registry.DIFF_REPORTERS],
  ['BENCH', registry.BENCH_FORMATS, registry.BENCH_REPORTERS],
  ['PROFILE', registry.PROFILE_FORMATS, registry.PROFILE_REPORTERS],
  ['EXPLAIN', registry.EXPLAIN_FORMATS, registry.EXPLAIN_REPORTERS],
] as const;

test('each registry wires exactly its declared formats; html is a page with its default file, the rest are streams', () => {
  for (const [name, formats, reporters] of SUBJECTS) {
    assert.deepEqual(Object.keys(reporters).sort(), [...formats].sort(), name);
    for (const [format, r] of Object.entries(reporters) as [string, registry.Reporter<unknown, unknown>][]) {
      assert.equal(r.output, format === 'html' ? 'page' : 'stream', `${name} ${format}`);
      if (r.output === 'page') assert.equal(r.defaultFile, registry.DEFAULT_HTML_FILE);
    }
  }
});

const INDEX_DTS = fileURLToPath(new URL('../../src/report/index.d.ts', import.meta.url));

/** Type errors of a module that declares a registry the way src/report/index.ts does. */
function typeErrors(body: string): string[] {
  const file = '/virtual/registry.ts';
  const text = `import type { NoOptions, Reporter } from ${JSON.stringify(INDEX_DTS.replace(/\.d\.ts$/, '.js'))};
const render = { output: 'stream', render: (s: string) => s } as const;
export const FORMATS = ['text', 'json'] as const;
export type Format = (typeof FORMATS)[number];
${body}
`;
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts'],
    types: [],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => (name === file ? ts.createSourceFile(name, text, lang) : getSourceFile(name, lang, ...rest));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

test('a registry compiles only when it wires every declared format and nothing else', () => {
  assert.deepEqual(typeErrors('export const R = { text: render, json: render } as const satisfies Record<Format, Reporter<string, NoOptions>>;'), []);
  const unwired = typeErrors('export const R = { text: render } as const satisfies Record<Format, Reporter<string, NoOptions>>;');
  assert.ok(
    unwired.some((m) => /json/.test(m)),
    unwired.join('\n'),
  );
  const undeclared = typeErrors(
    'export const R = { text: render, json: render, html: render } as const satisfies Record<Format, Reporter<string, NoOptions>>;',
  );
  assert.ok(
    undeclared.some((m) => /html/.test(m)),
    undeclared.join('\n'),
  );
  const wrongData = typeErrors(
    "export const R = { text: render, json: { output: 'stream', render: (n: number) => String(n) } } as const satisfies Record<Format, Reporter<string, NoOptions>>;",
  );
  assert.ok(wrongData.length > 0, 'a reporter of another subject does not fit');
});
