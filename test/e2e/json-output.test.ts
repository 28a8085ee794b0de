/**
 * Every JSON document the CLI writes for the example module is the one
 * src/report/json/schema-v1.ts declares (a strict JSON Schema made from the
 * declarations, keys in the declared order): analyze, check, diff (between
 * two commits of a copy), explain, profile (the captured heap profile) and
 * bench (the captured benchmark output).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { Ajv } from 'ajv';
import { goescape } from '../helpers/cli.js';
import { declaredInterfaces, jsonSchemaOf, keyOrderProblems } from '../helpers/declared-schema.js';
import { DEMO, requireGo } from '../helpers/go.js';

const PROFILE = fileURLToPath(new URL('../../../test/captures/go1.26/profile/demo-escapes.pprof', import.meta.url));
const BENCH = fileURLToPath(new URL('../../../test/captures/bench/sample-go1.26.txt', import.meta.url));

describe('the JSON the CLI writes for the example module is the declared schema', () => {
  const known = declaredInterfaces();
  const ajv = new Ajv({ strict: true, allErrors: true });
  let dir: string;
  let env: NodeJS.ProcessEnv;
  before(() => {
    requireGo();
    dir = mkdtempSync(join(tmpdir(), 'goescape-json-'));
    cpSync(DEMO, dir, { recursive: true, filter: (src) => !src.endsWith('/demo/demo') });
    env = { GOESCAPE_CACHE: join(dir, '.cache') };
    const git = (...args: string[]) =>
      assert.equal(
        spawnSync('git', args, {
          cwd: dir,
          env: {
            ...process.env,
            GIT_CONFIG_NOSYSTEM: '1',
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@example.com',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@example.com',
          },
        }).status,
        0,
        `git ${args.join(' ')}`,
      );
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    // A new heap escape in the working tree, for diff.
    appendFileSync(join(dir, 'escapes', 'closure.go'), '\nfunc AddedEscape() *int {\n\tx := 42\n\treturn &x\n}\n');
    const b = goescape(['baseline'], { cwd: dir, env });
    assert.equal(b.code, 0, b.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: { root: string; args: () => string[]; code: number }[] = [
    { root: 'AnalysisDocument', args: () => ['analyze', '-f', 'json'], code: 0 },
    { root: 'CheckDocument', args: () => ['check', '-f', 'json'], code: 0 },
    { root: 'DiffDocument', args: () => ['diff', 'HEAD', '-f', 'json'], code: 0 },
    { root: 'ExplainDocument', args: () => ['explain', 'escapes/closure.go:11', '-f', 'json'], code: 0 },
    { root: 'ProfileDocument', args: () => ['profile', PROFILE, '-f', 'json'], code: 0 },
    { root: 'BenchDocument', args: () => ['bench', '--input', BENCH, '--pair', 'before,after', '-f', 'json'], code: 0 },
  ];
  for (const c of cases) {
    test(`goescape ${c
      .args()
      .map((a) => a.replace(/.*\/test\/captures\//, ''))
      .join(' ')} writes the declared ${c.root}`, () => {
      const r = goescape(c.args(), { cwd: dir, env });
      assert.equal(r.code, c.code, r.stderr);
      const doc = JSON.parse(r.stdout) as Record<string, unknown>;
      const validate = ajv.compile(jsonSchemaOf(c.root, known));
      assert.ok(validate(doc), ajv.errorsText(validate.errors));
      assert.deepEqual(keyOrderProblems(doc, c.root, known), []);
      if (c.root === 'DiffDocument') assert.ok((doc.added as unknown[]).length > 0, 'the diff has the added escape');
    });
  }
});
