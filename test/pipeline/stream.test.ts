/**
 * StreamingAttribution over recorded compiler output: a package whose
 * output comes in two blocks gives what one block gives, whether its blocks
 * are digested as they come in or at the end (the held compile of a
 * replayable run), and blocks of different packages may come in any order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { StreamingAttribution } from '../../src/pipeline/stream.js';
import { PathNormalizer } from '../../src/analyze/paths.js';
import { parseMText } from '../../src/parse/m-output.js';
import { DEMO, demoListed as listed } from '../helpers/go.js';

const CAPTURE = new URL('../../../test/captures/go1.26.8/m2/demo.txt', import.meta.url).pathname;

/** The capture's blocks, as header plus lines, in the order go printed them. */
function blocks(): { header: string; lines: string[] }[] {
  const out: { header: string; lines: string[] }[] = [];
  for (const line of readFileSync(CAPTURE, 'utf8').split('\n')) {
    if (line.startsWith('# ')) out.push({ header: line, lines: [] });
    else if (line) out.at(-1)!.lines.push(line);
  }
  return out;
}

/** Attributes and digests the text's blocks (as they come in, or all at the end), then finishes the fold. */
function analyze(text: string, whileIdle: boolean) {
  const paths = new PathNormalizer({ cwd: DEMO, moduleRoot: DEMO.replace(/\/$/, ''), goroot: process.env.GOROOT ?? '/usr/local/go' });
  const stream = new StreamingAttribution(paths, whileIdle);
  stream.ready(listed());
  for (const out of parseMText(text).packages) stream.add(out);
  const descs = [...stream.done.keys()].sort();
  stream.digestAll(descs);
  stream.folder.finish(descs.flatMap((d) => stream.done.get(d)!.folds));
  const kept = descs.flatMap((d) => stream.done.get(d)!.findings.filter((f) => !stream.folder.copies.has(f)));
  return {
    folded: stream.folder.folded,
    kept: kept.map((f) => `${f.pkg} ${f.pos.file}:${f.pos.line}:${f.pos.column} ${f.kind} ${f.subject} +${f.inlinedSites?.length ?? 0}`).sort(),
    blocks: descs.map((d) => stream.done.get(d)!.blocks),
  };
}

const text = (bs: { header: string; lines: string[] }[]) => bs.map((b) => [b.header, ...b.lines].join('\n')).join('\n') + '\n';

test('a package printed in two blocks folds as when printed in one', () => {
  const all = blocks();
  const escapes = all.findIndex((b) => b.header === '# example.com/demo/escapes');
  const { header, lines } = all[escapes]!;
  // Cut before a `can inline` line near the middle: it starts a finding of its own.
  const cuts = lines.map((l, i) => (/: can inline /.test(l) ? i : -1)).filter((i) => i > 0);
  const cut = cuts.reduce((best, i) => (Math.abs(i - lines.length / 2) < Math.abs(best - lines.length / 2) ? i : best));
  const split = [...all.slice(0, escapes), { header, lines: lines.slice(0, cut) }, { header, lines: lines.slice(cut) }, ...all.slice(escapes + 1)];

  const one = analyze(text(all), true);
  assert.ok(one.folded > 0, 'the demo has copies to fold');
  for (const whileIdle of [true, false]) {
    const two = analyze(text(split), whileIdle);
    assert.deepEqual(two.blocks, [1, 2, 1]); // cmd/demo, escapes, internal/noescape
    assert.equal(two.folded, one.folded);
    assert.deepEqual(two.kept, one.kept);
  }
});

test('packages may come in any order', () => {
  const all = blocks();
  assert.deepEqual(analyze(text([...all].reverse()), true), analyze(text(all), true));
});
