/**
 * The CI gate end to end, with the real go and git: a temporary repository
 * with a Go module and several commits, driven through the built CLI.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasToolchain } from '../helpers/go.js';

/** A heap key without its statement's fingerprint (8 hex digits), which these tests do not pin. */
const nofp = (k: string) => k.replace(/\|[0-9a-f]{8}(?=~\d+$|$)/, '');

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const ENV: NodeJS.ProcessEnv = {
  ...process.env,
  NO_COLOR: '1',
  GOTOOLCHAIN: 'local',
  GOFLAGS: '-mod=mod',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

let repo = '';
const commits: Record<string, string> = {};

function sh(cmd: string, args: string[], env = ENV) {
  const r = spawnSync(cmd, args, { cwd: repo, env, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function goescape(args: string[], env: NodeJS.ProcessEnv = ENV) {
  return sh(process.execPath, [CLI, ...args], env);
}

function gitOk(...args: string[]): string {
  const r = sh('git', args);
  assert.equal(r.code, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function commit(name: string, files: Record<string, string | null>): void {
  for (const [f, text] of Object.entries(files)) {
    if (text === null) rmSync(join(repo, f));
    else writeFileSync(join(repo, f), text);
  }
  gitOk('add', '-A');
  gitOk('commit', '-q', '-m', name);
  commits[name] = gitOk('rev-parse', 'HEAD');
}

const OLD = `// Old returns a pointer to a fresh T.
func Old() *T {
	t := T{1, 2}
	return &t
}
`;
const REST = `func Keep(p *T) *T { return p }

func Sum(xs []int) int {
	s := 0
	for _, v := range xs {
		s += v
	}
	return s
}
`;
const LEAK = `
func Leak() *int {
	y := 5
	return &y
}
`;

before(() => {
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  assert.equal(go.status, 0, 'these tests need the go command on PATH (Go 1.26): install Go or fix PATH');
  repo = mkdtempSync(join(tmpdir(), 'goescape-e2e-gate-'));
  gitOk('init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'go.mod'), 'module example.com/gate\n\ngo 1.22\n');
  commit('c1', { 'a.go': `package gate\n\ntype T struct{ a, b int }\n\n${OLD}\n${REST}` });
  const b = goescape(['baseline']);
  assert.equal(b.code, 0, b.stderr);
  assert.match(b.stderr, /wrote goescape-baseline\.json: 1 heap escape at 1 site in 1 package/);
  commit('baseline', {});
  // Blank lines inserted and Old moved to another file: nothing changed for escape analysis.
  commit('moved', { 'a.go': `package gate\n\n\n\n\ntype T struct{ a, b int }\n\n${REST}`, 'b.go': `package gate\n\n\n${OLD}` });
  commit('leak', { 'c.go': `package gate\n${LEAK}` });
  commit('fixed', { 'b.go': 'package gate\n\n// Old returns a fresh T.\nfunc Old() T { return T{1, 2} }\n' });
});

after(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

function diffJson(...args: string[]) {
  const r = goescape(['diff', ...args, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as { added: { key: string }[]; removed: { key: string }[]; changed: unknown[] };
}

test('the baseline holds stable site keys and the toolchain; the line is only a hint', () => {
  const text = readFileSync(join(repo, 'goescape-baseline.json'), 'utf8');
  const b = JSON.parse(text);
  assert.deepEqual(
    b.sites.map((f: { key: string; origin: string }) => [nofp(f.key), nofp(f.origin)]),
    [['example.com/gate|Old|moved-to-heap|t', 'example.com/gate|Old|moved-to-heap|t']],
  );
  assert.deepEqual(b.sites[0].at, { file: 'a.go', line: 7 });
  assert.ok(!nofp(b.sites[0].key).includes('7'), 'no line in the key');
  assert.match(b.toolchain.goVersion, /^go1\.26/);
  assert.deepEqual(b.toolchain.compilerFlags, ['-m=2']);
});

test('diff: blank lines and a function moved to another file give an empty diff', () => {
  const d = diffJson(commits.c1!, commits.moved!);
  assert.deepEqual([d.added, d.removed, d.changed], [[], [], []]);
  const md = goescape(['diff', commits.c1!, commits.moved!, '--format', 'markdown']);
  assert.match(md.stdout, /No change in heap escapes/);
});

test('diff: an added `return &y` is reported as added, and --fail-on-new fails', () => {
  const d = diffJson(commits.moved!, commits.leak!);
  assert.deepEqual(
    d.added.map((f) => nofp(f.key)),
    ['example.com/gate|Leak|moved-to-heap|y'],
  );
  assert.deepEqual([d.removed, d.changed], [[], []]);
  const text = goescape(['diff', commits.moved!, commits.leak!]);
  assert.match(text.stdout, /1 added, 0 removed, 0 changed/);
  assert.match(text.stdout, /\+ moved to heap: y in Leak .*\(c\.go:4:2\)/);
  const fail = goescape(['diff', commits.moved!, commits.leak!, '--fail-on-new']);
  assert.equal(fail.code, 1);
  assert.match(fail.stderr, /^goescape diff: 1 new heap escape site \(1 heap escape\) since [0-9a-f]+ at c\.go:4:2: moved to heap: y in Leak$/m);
});

test('diff: fixing an escape is reported as removed; the worktrees are gone afterwards', () => {
  const d = diffJson(commits.leak!, commits.fixed!);
  assert.deepEqual(
    d.removed.map((f) => nofp(f.key)),
    ['example.com/gate|Old|moved-to-heap|t'],
  );
  assert.deepEqual(d.added, []);
  assert.equal(gitOk('worktree', 'list').split('\n').length, 1);
});

test('diff: with no head revision, the working tree', () => {
  const d = diffJson(commits.moved!);
  assert.deepEqual(
    d.added.map((f) => nofp(f.key)),
    ['example.com/gate|Leak|moved-to-heap|y'],
  );
  assert.deepEqual(
    d.removed.map((f) => nofp(f.key)),
    ['example.com/gate|Old|moved-to-heap|t'],
  );
});

test('diff --format html: the head report carries the diff summary', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'goescape-diff-html-')), 'diff.html');
  const r = goescape(['diff', commits.moved!, '--format', 'html', '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /"diff":\{"baseRev":"[0-9a-f]+","headRev":"working tree","baseFindings":\d+,"headFindings":\d+,"added":1,"removed":1,/);
});

test('diff: Ctrl-C removes the temporary worktrees', async () => {
  const child = spawn(process.execPath, [CLI, 'diff', commits.c1!, commits.leak!], { cwd: repo, env: ENV, stdio: 'ignore' });
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  let signalled = false;
  for (let i = 0; i < 500 && child.exitCode === null; i++) {
    if (sh('git', ['worktree', 'list']).stdout.trim().split('\n').length > 1) {
      child.kill('SIGINT');
      signalled = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const code = await exited;
  if (signalled) assert.equal(code, 130);
  assert.equal(gitOk('worktree', 'list').split('\n').length, 1, 'no worktree left behind');
});

test('check: fails on the new escape, reports the fixed one as good news', () => {
  const r = goescape(['check']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^c\.go:4:2: new heap escape: moved to heap: y in Leak .*not in the baseline$/m);
  assert.match(r.stdout, /1 heap escape site in the baseline is gone: run "goescape baseline"/);
  const j = JSON.parse(goescape(['check', '-f', 'json']).stdout);
  assert.deepEqual(
    j.gate.violations.map((v: { rule: string; finding: { key: string } }) => [v.rule, nofp(v.finding.key)]),
    [['new-heap-escape', 'example.com/gate|Leak|moved-to-heap|y']],
  );
  assert.deepEqual(
    j.gate.removed.map((e: { key: string }) => nofp(e.key)),
    ['example.com/gate|Old|moved-to-heap|t'],
  );
});

test('check: two runs on unchanged code give byte-identical JSON and SARIF', () => {
  for (const format of ['json', 'sarif']) {
    const a = goescape(['check', '-f', format]);
    const b = goescape(['check', '-f', format]);
    assert.equal(a.code, 1);
    assert.ok(a.stdout.length > 100);
    assert.equal(a.stdout, b.stdout, `${format} differs between runs`);
  }
});

const NOESC = `package gate

//goescape:noescape
func Cached() *T {
	n := T{3, 4}
	return &n
}
`;

test('check: a //goescape:noescape function that allocates fails; an allow comment accepts it', () => {
  assert.equal(goescape(['baseline']).code, 0);
  assert.equal(goescape(['check']).code, 0);
  writeFileSync(join(repo, 'd.go'), NOESC);
  const r = goescape(['check', '-f', 'json']);
  assert.equal(r.code, 1);
  const rules = JSON.parse(r.stdout).gate.violations.map((v: { rule: string }) => v.rule);
  assert.deepEqual(rules, ['new-heap-escape', 'noescape']);
  const gh = goescape(['check', '-f', 'github']);
  assert.match(
    gh.stdout,
    /^::error file=d\.go,line=5,col=2,title=goescape%3A Escape in a \/\/goescape%3Anoescape function or line::Cached is marked \/\/goescape:noescape but moved to heap: n$/m,
  );

  writeFileSync(join(repo, 'd.go'), NOESC.replace('\tn := T{3, 4}', '\t//goescape:allow one per process, cached by the caller\n\tn := T{3, 4}'));
  const ok = goescape(['check', '-f', 'json']);
  assert.equal(ok.code, 0, ok.stdout);
  const g = JSON.parse(ok.stdout).gate;
  assert.deepEqual(
    g.accepted.map((a: { reason: string; by: string }) => [a.by, a.reason]),
    [['directive', 'one per process, cached by the caller']],
  );
  const md = goescape(['check', '-f', 'markdown']);
  assert.match(md.stdout, /### goescape check: passed/);
  assert.match(md.stdout, /1 accepted finding/);
});

test('check: a baseline from another Go version is refused; --allow-toolchain-mismatch reports only real differences', (t) => {
  if (!hasToolchain('go1.27.3')) {
    t.skip('GOTOOLCHAIN=go1.27.3 could not be obtained from the module proxy');
    return;
  }
  rmSync(join(repo, 'd.go'));
  writeFileSync(join(repo, 'e.go'), `package gate\n\nfunc Again() *int {\n\tz := 1\n\treturn &z\n}\n`);
  const other = { ...ENV, GOTOOLCHAIN: 'go1.27.3' };
  const refused = goescape(['check'], other);
  assert.equal(refused.code, 2, refused.stderr);
  assert.match(
    refused.stderr,
    /^goescape check: goescape-baseline\.json was made with a different toolchain \(Go go1\.26\.\d+ → go1\.27\.3\); .*--allow-toolchain-mismatch/,
  );
  const r = goescape(['check', '-f', 'json', '--allow-toolchain-mismatch'], other);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /comparing across toolchains/);
  const j = JSON.parse(r.stdout);
  assert.equal(j.toolchain.goVersion, 'go1.27.3');
  assert.deepEqual(
    j.gate.violations.map((v: { rule: string; finding: { key: string } }) => [v.rule, nofp(v.finding.key)]),
    [['new-heap-escape', 'example.com/gate|Again|moved-to-heap|z']],
  );
  assert.deepEqual(j.gate.removed, []);
});

test('check: a config error names the file, line and key (exit 2)', () => {
  writeFileSync(join(repo, 'goescape.yaml'), 'rules:\n  budgets:\n    example.com/gate: lots\n');
  const r = goescape(['check']);
  rmSync(join(repo, 'goescape.yaml'));
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'goescape check: goescape.yaml:3: rules.budgets.example.com/gate: expected a whole number ≥ 0\n');
});
