/**
 * End to end: heap profiles of the example module's benchmarks joined to
 * the static findings (a profile recorded during the test run, and the
 * capture in test/captures/go1.26/profile/), and clear errors for inputs
 * that are not heap profiles.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { Profile, StringTable, ValueType } from 'pprof-format';
import type { ObservedSite, ProfileJoin } from '../../src/bench/profile-join.js';
import { decodeHeapProfile } from '../../src/parse/pprof.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const DEMO = fileURLToPath(new URL('../../../examples/demo', import.meta.url));
const CAPTURE = fileURLToPath(new URL('../../../test/captures/go1.26/profile/demo-escapes.pprof', import.meta.url));

function goescape(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function checkJoin(j: ProfileJoin): void {
  assert.ok(j.inPackages.bytes > 0, 'samples in the example packages');
  // Every sampled byte in the example packages is either joined to a finding or listed as unpredicted.
  const accounted = j.ranking.reduce((a, s) => a + s.bytes, 0) + j.unpredictedSites.reduce((a, s) => a + s.bytes, 0);
  assert.ok(accounted / j.inPackages.bytes >= 0.99, `accounted ${accounted} of ${j.inPackages.bytes}`);
  assert.ok(j.accountedBytesShare >= 0.99);
  // Most bytes are predicted by the escape analysis.
  assert.ok(j.predictedBytesShare >= 0.9, `predicted share ${j.predictedBytesShare}`);
  // Ranking: biggest allocator first, and it is the largest of all observed sites.
  const all: ObservedSite[] = [...j.ranking, ...j.unpredictedSites];
  const biggest = Math.max(...all.map((s) => s.bytes));
  assert.equal(j.ranking[0]!.bytes, biggest);
  for (let i = 1; i < j.ranking.length; i++) assert.ok(j.ranking[i - 1]!.bytes >= j.ranking[i]!.bytes);
  // The demo's biggest allocator: the 800 KB [100000]int buffer moved to the heap in LargeArrayBefore.
  assert.equal(j.ranking[0]!.func, 'LargeArrayBefore');
  assert.equal(j.ranking[0]!.file, 'escapes/large_array.go');
  assert.ok(j.ranking[0]!.findings.some((f) => f.kind === 'moved-to-heap'));
  // Sites the escape analysis predicts and the profile confirms.
  const has = (func: string, kind: string) => j.ranking.some((s) => s.func === func && s.findings.some((f) => f.kind === kind));
  assert.ok(has('ReturnPointerBefore', 'moved-to-heap'));
  assert.ok(has('AppendGrowBefore', 'escapes-to-heap'));
  assert.ok(has('PoolBefore', 'escapes-to-heap'));
  // The "after" versions do not allocate.
  assert.ok(!all.some((s) => s.func === 'ReturnPointerAfter'));
  // Allocations inside callees outside the module are named.
  assert.ok(j.unpredictedSites.some((s) => s.func === 'render' && s.via.some((v) => v.startsWith('bytes.'))));
  // Static findings that never allocated (e.g. closures without captures) are listed.
  assert.ok(j.unexercised.length > 0);
}

describe('goescape profile', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'goescape-profile-e2e-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('bench --profile records a heap profile of the example and joins it', () => {
    const r = goescape(['bench', '-C', DEMO, './escapes', '--profile', '--count', '1', '--benchtime', '100x', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const rep = JSON.parse(r.stdout) as { profile: ProfileJoin };
    checkJoin(rep.profile);
  });

  it('joins the captured profile (test/captures/go1.26/profile) to a fresh analysis', () => {
    const r = goescape(['profile', CAPTURE, './escapes', '-C', DEMO, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const rep = JSON.parse(r.stdout) as { join: ProfileJoin; packages: string[] };
    assert.deepEqual(rep.packages, ['example.com/demo/escapes']);
    checkJoin(rep.join);
    const text = goescape(['profile', CAPTURE, './escapes', '-C', DEMO]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /Heap escapes by observed bytes:\n +1\. .*escapes\/large_array\.go:\d+ +LargeArrayBefore\n +moved to heap: buf/);
    assert.match(text.stdout, /Observed allocations with no static finding:/);
    assert.match(text.stdout, /Static heap findings not exercised by the profile:/);
    const md = goescape(['profile', CAPTURE, './escapes', '-C', DEMO, '--format', 'markdown']);
    assert.match(md.stdout, /^## Heap profile joined to escape analysis/);
    assert.match(md.stdout, /\| 1 \| [^|]+ \| [^|]+ \| \d+ \| `escapes\/large_array\.go:\d+` \| `LargeArrayBefore` \|/);
  });

  it('--verify: the lines whose own code allocates with no escape line are predicted by the -S listing, each with its class', () => {
    const plain = JSON.parse(goescape(['profile', CAPTURE, './escapes', '-C', DEMO, '--format', 'json']).stdout) as { join: ProfileJoin };
    const r = goescape(['profile', CAPTURE, './escapes', '-C', DEMO, '--format', 'json', '--verify']);
    assert.equal(r.code, 0, r.stderr);
    const { join: j } = JSON.parse(r.stdout) as { join: ProfileJoin };
    checkJoin(j);
    // Without the listing, make([]byte, n) that does not escape (MakeSizeBefore) is an allocation no finding predicts.
    const own = (x: ProfileJoin) => x.unpredictedSites.filter((s) => s.reason === 'own-code');
    assert.ok(
      own(plain.join).some((s) => s.func === 'MakeSizeBefore'),
      'unpredicted without --verify',
    );
    const site = j.ranking.find((s) => s.func === 'MakeSizeBefore');
    assert.ok(site, 'predicted with --verify');
    assert.ok(site.findings.some((f) => f.kind === 'allocates-without-escape'));
    // Every line whose own code allocated is predicted; what is left is allocated inside callees, each named.
    assert.deepEqual(own(j), []);
    assert.ok(j.unpredictedSites.every((s) => s.via.length > 0));
    assert.ok(j.predictedBytesShare > plain.join.predictedBytesShare);
  });

  it('decodes inlined frames as separate frames (innermost first)', () => {
    const p = decodeHeapProfile(readFileSync(CAPTURE));
    assert.deepEqual(p.sampleTypes, ['alloc_objects/count', 'alloc_space/bytes', 'inuse_objects/count', 'inuse_space/bytes']);
    assert.ok(p.samples.some((s) => s.stack.some((f) => f.inlined)));
    assert.ok(p.samples.every((s) => s.stack.every((f, i) => !f.inlined || i < s.stack.length - 1)));
  });

  const badInputs: [string, () => Buffer, RegExp][] = [
    ['an empty file', () => Buffer.alloc(0), /is empty/],
    ['random bytes', () => randomBytes(4096), /is not a pprof profile|is not a heap profile/],
    ['a corrupt gzip file', () => gzipSync(randomBytes(256)).subarray(0, 40), /corrupt gzip/],
    [
      'a CPU profile',
      () => {
        const st = new StringTable();
        const prof = new Profile({
          sampleType: [
            new ValueType({ type: st.dedup('samples'), unit: st.dedup('count') }),
            new ValueType({ type: st.dedup('cpu'), unit: st.dedup('nanoseconds') }),
          ],
          periodType: new ValueType({ type: st.dedup('cpu'), unit: st.dedup('nanoseconds') }),
          period: 10000000,
          stringTable: st,
        });
        return gzipSync(prof.encode());
      },
      /is not a heap profile \(sample types: samples\/count, cpu\/nanoseconds/,
    ],
  ];
  for (const [what, make, message] of badInputs) {
    it(`rejects ${what} with one line and exit 2`, () => {
      const file = join(dir, 'bad.pprof');
      writeFileSync(file, make());
      const r = goescape(['profile', file, '-C', DEMO]);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, '');
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0]!, /^goescape profile: /);
      assert.match(lines[0]!, message);
    });
  }

  it('rejects a missing file with exit 2', () => {
    const r = goescape(['profile', join(dir, 'nope.pprof')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read profile .*no such file/);
  });
});

describe('profile --format html (captured profile, real go)', () => {
  it('writes the analysis report with observed bytes on the heap findings and the profile totals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goescape-profile-html-'));
    const out = join(dir, 'report.html');
    const r = goescape(['profile', CAPTURE, './escapes', '--cwd', DEMO, '-f', 'html', '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    const html = readFileSync(out, 'utf8');
    const json = /<script type="application\/json" id="goescape-data">([^<]*)<\/script>/.exec(html)?.[1];
    assert.ok(json, 'embedded data');
    const data = JSON.parse(json) as { meta: { profile: Record<string, number> }; f: unknown[][] };
    assert.ok(data.meta.profile.predictedBytesShare > 0.9);
    const weights = data.f.map((row) => (row[9] === 0 ? undefined : (row[9] as { w?: number }).w)).filter((w): w is number => typeof w === 'number');
    assert.ok(weights.length > 5 && Math.max(...weights) > 1e6, 'heap findings carry observed bytes');
    rmSync(dir, { recursive: true, force: true });
  });
});
