/**
 * Records a real heap profile of the example module's benchmarks for the
 * profile-join tests:
 *
 *   test/captures/go1.26/profile/demo-escapes.pprof   gzipped profile.proto from
 *       go test -run=^$ -bench=. -benchtime=100x -count=1 -memprofile … -memprofilerate=1 ./escapes
 *   test/captures/go1.26/profile/demo-escapes.json    sidecar: go version, argv, benchmark lines
 *
 * Usage: npm run build && node dist/scripts/capture-profile.js [--out DIR] [--benchtime 100x]
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { goEnv } from '../src/toolchain/go-list.js';
import { recordHeapProfiles } from '../src/toolchain/bench.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, benchtime: { type: 'string', default: '100x' } } });
  const demo = join(repoRoot, 'examples', 'demo');
  const env = await goEnv({ cwd: demo });
  const minor = env.GOVERSION.replace(/^go(\d+\.\d+).*$/, 'go$1');
  const out = resolve(values.out ?? join(repoRoot, 'test', 'captures', minor, 'profile'));
  await mkdir(out, { recursive: true });
  const rec = await recordHeapProfiles({ cwd: demo, patterns: ['./escapes'], bench: '.', count: 1, benchtime: values.benchtime });
  try {
    const f = rec.files[0];
    if (!f) throw new Error('no profile recorded');
    await copyFile(f.file, join(out, 'demo-escapes.pprof'));
    const argv = rec.commands[0]!.map((a) => a.split(dirname(f.file)).join('<tmp>'));
    await writeFile(
      join(out, 'demo-escapes.json'),
      JSON.stringify({ goVersion: env.GOVERSION, goos: env.GOOS, goarch: env.GOARCH, cwd: 'examples/demo', argv, pkg: f.pkg }, null, 2) + '\n',
    );
    process.stdout.write(`wrote ${join(out, 'demo-escapes.pprof')}\n`);
  } finally {
    await rec.cleanup();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
