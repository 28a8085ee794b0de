/**
 * Builds the HTML report's page script (src/report/html/page/, browser
 * TypeScript) into the one inline script the report embeds: type-checks it
 * with the page's tsconfig (DOM, no Node), compiles each module to ES2022,
 * and joins the modules into one function, each in a scope of its own, in
 * the order ES modules would run. Writes dist/src/report/html/page-script.js
 * (`PAGE_SCRIPT`) and its declaration. Run by `npm run build` after tsc.
 *
 * Only what can be joined faithfully is accepted, anything else is an error:
 * relative imports of named bindings, `export` on function, class and const
 * declarations (a `let` export would not stay live), no cycles, nothing that
 * would end or confuse the <script> element.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PAGE_TSCONFIG = join(ROOT, 'src/report/html/page/tsconfig.json');
const ENTRY = 'main.ts';
/** Prefix of the names the bundle gives to modules; page code must not use it. */
const MODULE_VAR = '__page_';

/** Type-checks the page and compiles its modules: JavaScript by source path, or the diagnostics. `overlay` replaces files' text (tests). */
export function compilePage(tsconfig: string, overlay: ReadonlyMap<string, string> = new Map()): { errors: string; modules: Map<string, string> } {
  const read = (f: string): string | undefined => overlay.get(resolve(f)) ?? ts.sys.readFile(f);
  const parsed = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...ts.sys,
      readFile: read,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${tsconfig}`);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: false, declaration: false, sourceMap: false, removeComments: false };
  const host = ts.createCompilerHost(options);
  host.readFile = read;
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError, create) => {
    const text = overlay.get(resolve(name));
    return text !== undefined ? ts.createSourceFile(name, text, lang) : getSourceFile(name, lang, onError, create);
  };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options, host, configFileParsingDiagnostics: parsed.errors });
  const modules = new Map<string, string>();
  const emitted = program.emit(undefined, (_name, text, _bom, _onError, sources) => {
    if (sources?.length === 1) modules.set(resolve(sources[0]!.fileName), text);
  });
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  const errors = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' });
  return { errors, modules };
}

/** One script from the compiled modules (JavaScript by absolute .ts path), starting at `entry`. */
export function bundlePage(entry: string, modules: ReadonlyMap<string, string>, root = ROOT): string {
  const name = (p: string) => relative(root, p).split('\\').join('/');
  const order: { path: string; body: string; exports: string[] }[] = [];
  const index = new Map<string, number>();
  const visiting: string[] = [];
  const fail = (path: string, what: string): never => {
    throw new Error(`${name(path)}: ${what}`);
  };

  const visit = (path: string): number => {
    const done = index.get(path);
    if (done !== undefined) return done;
    if (visiting.includes(path))
      fail(path, `import cycle: ${[...visiting.slice(visiting.indexOf(path)), path].map(name).join(' -> ')}; the page's modules run in one order`);
    const js = modules.get(path) ?? fail(path, 'not compiled (is it under the page tsconfig?)');
    if (js.includes(MODULE_VAR)) fail(path, `uses ${MODULE_VAR}, the bundle's own prefix`);
    visiting.push(path);
    const src = ts.createSourceFile(path, js, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
    const edits: { start: number; end: number; text: string }[] = [];
    const exports: string[] = [];
    const isExported = (s: ts.Statement) => ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    for (const s of src.statements) {
      if (ts.isImportDeclaration(s)) {
        const spec = (s.moduleSpecifier as ts.StringLiteral).text;
        if (!spec.startsWith('./') && !spec.startsWith('../'))
          fail(path, `imports '${spec}': the page loads nothing; it imports its own modules by relative path`);
        const clause = s.importClause;
        if (clause?.name) fail(path, `default import from '${spec}'`);
        const n = visit(resolve(dirname(path), spec.replace(/\.js$/, '.ts')));
        let text = '';
        const b = clause?.namedBindings;
        if (b && ts.isNamespaceImport(b)) text = `const ${b.name.text} = ${MODULE_VAR}${n};`;
        else if (b?.elements.length)
          text = `const { ${b.elements.map((e) => (e.propertyName ? `${e.propertyName.text}: ${e.name.text}` : e.name.text)).join(', ')} } = ${MODULE_VAR}${n};`;
        edits.push({ start: s.getStart(src), end: s.end, text });
      } else if (ts.isExportDeclaration(s)) {
        if (s.moduleSpecifier) fail(path, 're-exports: import, then export a declaration');
        const c = s.exportClause;
        if (c && ts.isNamedExports(c) && c.elements.length) fail(path, '`export { … }`: put `export` on the declaration');
        edits.push({ start: s.getStart(src), end: s.end, text: '' });
      } else if (ts.isExportAssignment(s)) {
        fail(path, 'default export');
      } else if (isExported(s)) {
        const mods = ts.getModifiers(s as ts.HasModifiers)!;
        if (mods.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) fail(path, 'default export');
        if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) exports.push(s.name.text);
        else if (ts.isVariableStatement(s)) {
          if (!(s.declarationList.flags & ts.NodeFlags.Const))
            fail(path, `\`export ${s.declarationList.getText(src).split(' ')[0]}\`: importers would not see later assignments; export a const or a function`);
          for (const d of s.declarationList.declarations) {
            if (!ts.isIdentifier(d.name)) fail(path, 'exported destructuring: export each const by name');
            exports.push((d.name as ts.Identifier).text);
          }
        } else fail(path, `cannot bundle this export: ${s.getText(src).slice(0, 60)}`);
        const exp = mods.find((m) => m.kind === ts.SyntaxKind.ExportKeyword)!;
        let end = exp.end;
        while (js[end] === ' ') end++;
        edits.push({ start: exp.getStart(src), end, text: '' });
      }
    }
    let body = js;
    for (const e of edits.sort((a, b) => b.start - a.start)) body = body.slice(0, e.start) + e.text + body.slice(e.end);
    visiting.pop();
    index.set(path, order.length);
    order.push({ path, body: body.trim(), exports });
    return order.length - 1;
  };
  visit(resolve(entry));

  const parts = order.map((m, n) =>
    [`// ---- ${name(m.path)}`, `const ${MODULE_VAR}${n} = (() => {`, m.body, m.exports.length ? `return { ${m.exports.join(', ')} };` : '', '})();']
      .filter((l) => l !== '')
      .join('\n'),
  );
  const script = `(() => {\n'use strict';\n${parts.join('\n')}\n})();\n`;
  // Inside <script>, `</script` ends the element and `<!--` with `<script` changes how it is parsed.
  const bad = /<\/script|<!--|<script/i.exec(script);
  if (bad)
    throw new Error(`the page script contains ${JSON.stringify(bad[0])}, which would break the inline <script>; write it as '<' + '/script' or with \\u003c`);
  return script;
}

/** The page script of the package, built from its sources. */
export function buildPage(tsconfig = PAGE_TSCONFIG): string {
  const { errors, modules } = compilePage(tsconfig);
  if (errors) throw new Error(`the page script does not compile:\n${errors}`);
  return bundlePage(join(dirname(tsconfig), ENTRY), modules);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const script = buildPage();
    const out = join(ROOT, 'dist/src/report/html');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, 'page-script.js'),
      `// Built by scripts/build-page.ts from src/report/html/page/.\nexport const PAGE_SCRIPT = ${JSON.stringify(script)};\n`,
    );
    writeFileSync(join(out, 'page-script.d.ts'), readFileSync(join(ROOT, 'src/report/html/page-script.d.ts'), 'utf8'));
  } catch (e) {
    console.error(`build-page: ${(e as Error).message}`);
    process.exit(1);
  }
}
