/**
 * The import rule of src/ (docs/architecture.md): a stage folder imports
 * from at most one other stage (model/, util/, errors.ts and version.ts are
 * shared by all), never from pipeline/ or cli/; only pipeline/, cli/ and
 * index.ts tie several stages together. The page script (report/html/page/)
 * runs in the browser: it imports only its own folder, the data it receives
 * (report/html/page-data.ts) and its wording (report/messages/html.ts). Run by test/scripts/boundaries.test.ts;
 * `node dist/scripts/check-boundaries.js` prints the violations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STAGES = ['toolchain', 'parse', 'analyze', 'report', 'gate', 'bench', 'cache'] as const;
const SHARED = new Set(['model', 'util', 'errors.ts', 'version.ts']);
const TYING = new Set(['pipeline', 'cli']);

/** A file's top folder under src/ (or its own name for a file at the top). */
function areaOf(path: string): string {
  return path.split('/')[0]!;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g;
/** Every module a file imports, relative or not, side-effect imports included. */
const ANY_IMPORT = /(?:^|\n)\s*(?:import|export)\s(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/g;

const PAGE = 'report/html/page/';
const PAGE_IMPORTS = new Set(['report/html/page-data.ts', 'report/messages/html.ts']);

/** The violations of the page script's rule in page file `path`. */
function pageViolations(path: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ANY_IMPORT)) {
    const spec = m[1]!;
    const target = spec.startsWith('.') ? normalize(join(dirname(path), spec)).replace(/\.js$/, '.ts') : spec;
    if (!target.startsWith(PAGE) && !PAGE_IMPORTS.has(target)) {
      out.push(`${path} imports ${target}: the page script runs in the browser; it imports only ${PAGE}, ${[...PAGE_IMPORTS].join(' and ')}`);
    }
  }
  return out;
}

/** The violations among `files` (paths relative to src/, with their text). */
export function boundaryViolations(files: { path: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const { path, text } of files) {
    const area = areaOf(path);
    if (path.startsWith(PAGE)) out.push(...pageViolations(path, text));
    if (TYING.has(area) || path === 'index.ts') continue;
    const others = new Set<string>();
    for (const m of text.matchAll(IMPORT)) {
      const target = normalize(join(dirname(path), m[1]!)).replace(/\.js$/, '.ts');
      const to = areaOf(target);
      if (TYING.has(to)) out.push(`${path} imports ${target}: only the CLI and index.ts may import ${to}/`);
      else if (to !== area && !SHARED.has(to)) others.add(to);
    }
    if (others.size >= 2)
      out.push(`${path} imports from ${others.size} stages (${[...others].sort().join(', ')}): code that ties stages together goes in pipeline/`);
  }
  return out.sort();
}

/** src/'s .ts files, relative to src/. */
export function sourceFiles(src: string): { path: string; text: string }[] {
  return (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((n) => n.endsWith('.ts'))
    .sort()
    .map((n) => ({ path: relative(src, join(src, n)).split('\\').join('/'), text: readFileSync(join(src, n), 'utf8') }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const v = boundaryViolations(sourceFiles(src));
  for (const line of v) console.log(line);
  console.log(v.length === 0 ? 'boundaries: ok' : `boundaries: ${v.length} violation(s)`);
  process.exit(v.length === 0 ? 0 : 1);
}
