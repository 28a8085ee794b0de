/**
 * Hostile file names and source through every format, end to end with the
 * real go: a module whose files are named with newlines, CR, ESC/OSC/CSI,
 * C1, DEL, bidi controls, workflow commands and markup (all names go
 * accepts; test/helpers/hostile.ts), with hostile comments and strings on
 * the flagged lines. Text, explain, Markdown and GitHub output must be
 * inert (no raw control or bidi character, no workflow command but
 * goescape's own annotations); JSON must give the exact names back; SARIF
 * must be valid and name the exact files; the HTML page must carry no
 * markup of theirs.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireGo } from '../helpers/go.js';
import { assertInert, HOSTILE_NAMES, writeHostileModule } from '../helpers/hostile.js';
import { validator } from '../helpers/sarif.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const FILES = HOSTILE_NAMES.map((n) => `${n}.go`);
/** goescape's own annotations: `::error` or `::notice` with percent-encoded properties and a goescape title. */
const OWN_ANNOTATION = /^::(error|notice) (file=[^,:]*,line=\d+,col=\d+,)?title=goescape%3A [^:]*::/;

let dir = '';
let env: NodeJS.ProcessEnv = {};

function git(...args: string[]): void {
  const r = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
}

/** Runs goescape; its stdout and stderr must be inert (unless `format` says stdout is JSON, SARIF or HTML). */
function goescape(args: string[], opts: { code?: number; stdout?: 'inert' | 'github' | 'data' } = {}): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, env, encoding: 'utf8' });
  const what = `goescape ${args.map((a) => JSON.stringify(a)).join(' ')}`;
  assert.equal(r.status, opts.code ?? 0, `${what}: exit ${r.status}\n${r.stderr}`);
  assertInert(r.stderr, `${what} (stderr)`);
  if (opts.stdout !== 'data') assertInert(r.stdout, what, opts.stdout === 'github' ? OWN_ANNOTATION : undefined);
  return r.stdout;
}

before(() => {
  requireGo();
  dir = mkdtempSync(join(tmpdir(), 'goescape-hostile-names-'));
  env = {
    ...process.env,
    NO_COLOR: '1',
    GOTOOLCHAIN: 'local',
    GOESCAPE_CACHE: join(dir, '.cache'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };
  // The baseline knows no escape; then the hostile files come.
  writeHostileModule(dir, []);
  writeFileSync(join(dir, '.gitignore'), '.cache/\n');
  git('init', '-q');
  goescape(['baseline']);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  writeHostileModule(dir);
  git('add', '-A');
  git('commit', '-q', '-m', 'hostile');
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('go accepts every hostile name, and refuses the ones the set leaves out', () => {
  const listed = spawnSync('go', ['list', '-json=GoFiles', '.'], { cwd: dir, env, encoding: 'utf8' });
  assert.equal(listed.status, 0, listed.stderr);
  assert.deepEqual(JSON.parse(listed.stdout).GoFiles, [...FILES, 'ok.go'].sort());
  // A name starting with ASCII punctuation is refused (SafeArg), so `::x` and `##[x` only occur after a first character.
  const other = mkdtempSync(join(tmpdir(), 'goescape-refused-'));
  try {
    writeFileSync(join(other, 'go.mod'), 'module example.com/refused\n\ngo 1.22\n');
    writeFileSync(join(other, '::error::x.go'), 'package refused\n');
    const r = spawnSync('go', ['build', '.'], { cwd: other, env, encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /invalid input file name/);
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
});

test('analyze: the text report shows each name escaped; the JSON gives the exact names back', () => {
  const text = goescape(['analyze']);
  for (let i = 0; i < FILES.length; i++) assert.match(text, new RegExp(`\\.go:4:\\d+: moved to heap: s \\(in F${i}\\)`), `F${i} is reported`);
  assert.ok(text.includes('a\\n::error::INJECTED.go:4:17: moved to heap: s (in F0)'), 'a newline is shown as \\n');
  assert.ok(text.includes('c\\x1b]8;;https:evil\\x07link'), 'ESC and BEL are shown as escapes');
  assert.ok(text.includes('e\\u202egnp.go'), 'a bidi override is shown as an escape');

  const raw = goescape(['analyze', '-f', 'json'], { stdout: 'data' });
  assert.doesNotMatch(raw, /[\u007f-\u009f\u2028-\u202e\u2066-\u2069]|##\[/, 'JSON writes them as \\u escapes');
  const r = JSON.parse(raw);
  const heap = r.findings.filter((f: { kind: string }) => f.kind === 'moved-to-heap');
  assert.deepEqual(heap.map((f: { pos: { file: string } }) => f.pos.file).sort(), [...FILES].sort());
  for (const f of heap) {
    const i = FILES.indexOf(f.pos.file);
    assert.equal(f.func, `F${i}`, `${JSON.stringify(f.pos.file)} is attributed to its function`);
    assert.ok(
      f.chain.length > 0 && f.chain.every((s: { pos?: { file: string } }) => s.pos?.file === f.pos.file),
      `${JSON.stringify(f.pos.file)}: chain steps name the file exactly`,
    );
  }
  const s = r.summary;
  assert.deepEqual(s.unrecognized, []);
  assert.equal(s.linesInFindings + s.headerLines + s.unrecognized.length, s.lines, 'every compiler line accounted for');
});

test('analyze --verify: the frames table is inert; a heap escape in a file whose name has a newline is unverified, never "no allocation"', () => {
  goescape(['analyze', '--verify', '--frames']);
  const r = JSON.parse(goescape(['analyze', '--verify', '-f', 'json'], { stdout: 'data' }));
  const status = new Map<string, string>(
    r.findings
      .filter((f: { kind: string }) => f.kind === 'moved-to-heap')
      .map((f: { pos: { file: string }; verification: { status: string } }) => [f.pos.file, f.verification.status]),
  );
  assert.equal(status.get(FILES[0]!), 'unverified');
  for (const file of FILES.slice(1)) assert.equal(status.get(file), 'allocates', JSON.stringify(file));
});

test('explain: source lines and names are escaped, by function and by file:line', () => {
  const byFunc = goescape(['explain', 'example.com/hostile.F0']);
  assert.match(byFunc, /^a\\n::error::INJECTED\.go:4:17: moved to heap: s \(in F0\)$/m);
  assert.ok(byFunc.includes('| func F0() any { s := "\\x1b]8;;http:evil\\x07link'), 'the source line is shown, escaped');
  assert.ok(byFunc.includes('\\r::error::src #\\x23[error]src'), 'a CR and commands in the source are inert');
  const byPos = goescape(['explain', `${FILES[2]}:4`]);
  assert.match(byPos, /^c\\x1b\]8;;https:evil\\x07link\\x1b\]8;;\\x07\.go:4:17: moved to heap: s \(in F2\)$/m);
  const json = JSON.parse(goescape(['explain', `${FILES[1]}:4`, '-f', 'json'], { stdout: 'data' }));
  assert.deepEqual(
    json.findings.map((f: { pos: { file: string } }) => f.pos.file),
    [FILES[1]],
  );
});

test('check: text, GitHub and Markdown are inert; JSON and SARIF name the exact files', () => {
  const text = goescape(['check'], { code: 1 });
  assert.match(text, new RegExp(`goescape check failed: ${FILES.length} violations`));

  const gh = goescape(['check', '-f', 'github'], { code: 1, stdout: 'github' });
  const annotations = gh.split('\n').filter((l) => l.startsWith('::'));
  assert.equal(annotations.length, FILES.length);
  // Names the runner can take back exactly (CR and LF are percent-encoded) are attached to their file.
  assert.ok(annotations.some((l) => l.startsWith('::error file=a%0A%3A%3Aerror%3A%3AINJECTED.go,line=4,col=17,')));
  assert.ok(annotations.some((l) => l.startsWith('::error file=b%0D%3A%3Aerror%3A%3Acr.go,line=4,col=17,')));
  // Others name no file and say where in the message, escaped.
  assert.ok(annotations.some((l) => /^::error title=[^:]*::c\\x1b\]8;;https:evil\\x07link\\x1b\]8;;\\x07\.go:4:17: new heap escape/.test(l)));

  const md = goescape(['check', '-f', 'markdown'], { code: 1 });
  const rows = md.split('\n').filter((l) => l.startsWith('| New heap escape'));
  assert.equal(rows.length, FILES.length);
  for (const row of rows) assert.equal(row.split(/(?<!\\)\|/).length, 5, `a row keeps its 3 cells: ${row}`);
  assert.ok(!md.replace(/(`+)[^`]*?\1/g, '').includes('<img'), 'markup is in code, or escaped');

  const json = JSON.parse(goescape(['check', '-f', 'json'], { code: 1, stdout: 'data' }));
  assert.deepEqual(json.gate.violations.map((v: { pos: { file: string } }) => v.pos.file).sort(), [...FILES].sort());

  const sarif: { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] } = JSON.parse(
    goescape(['check', '-f', 'sarif'], { code: 1, stdout: 'data' }),
  );
  const validate = validator();
  assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
  const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
  assert.deepEqual(uris.map(decodeURIComponent).sort(), [...FILES].sort());
  for (const uri of uris) assert.match(uri, /^[A-Za-z0-9%._~!*'()-]+$/, `${uri} is one percent-encoded segment`);
});

test('diff: text and Markdown are inert', () => {
  const text = goescape(['diff', 'HEAD~1', 'HEAD']);
  assert.match(text, new RegExp(`${FILES.length} added`));
  assert.ok(text.includes('(e\\u202egnp.go:4:17)'));
  const md = goescape(['diff', 'HEAD~1', 'HEAD', '--format', 'markdown']);
  assert.match(md, /#### Added/);
});

test('analyze -f html: the names are data, never markup', () => {
  const file = join(dir, 'report.html');
  goescape(['analyze', '-f', 'html', '-o', file]);
  const html = readFileSync(file, 'utf8');
  const m = /<script type="application\/json" id="goescape-data">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m, 'the data block is there');
  assert.ok(!m[1]!.includes('<'), 'no raw < inside the data block');
  const page = html.replace(m[0], '');
  assert.ok(!page.includes('onerror=window.__pwned'), 'no name outside the data block');
  assert.ok(!/[\u0000-\u0008\u000b-\u001f]/.test(page), 'no control character outside the data block');
  assert.ok(JSON.stringify(JSON.parse(m[1]!)).includes(JSON.stringify(FILES[13]).slice(1, -1)), 'the data holds the markup name, as text');
});
