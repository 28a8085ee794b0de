/**
 * StreamingAttribution over recorded compiler output: a package whose
 * output comes in two blocks gives what one block gives, whether its blocks
 * are digested as they come in or at the end (the held compile of a
 * replayable run), and blocks of different packages may come in any order.
 * The whole pipeline after go counts each line once, whenever go list answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { analyzeCompilerOutput, StreamingAttribution } from '../../src/pipeline/analyze.js';
import { PathNormalizer } from '../../src/analyze/paths.js';
import { parseMText } from '../../src/parse/m-output.js';
import { renderJson } from '../../src/report/json.js';
import type { ListedPackage } from '../../src/toolchain/go-list.js';
import { DEMO } from '../helpers/go.js';

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

function listed(): ListedPackage[] {
  return ['internal/noescape', 'escapes', 'cmd/demo'].map((rel) => {
    const Dir = join(DEMO, rel);
    return { ImportPath: `example.com/demo/${rel}`, Dir, GoFiles: readdirSync(Dir).filter((f) => f.endsWith('.go') && !f.endsWith('_test.go')) };
  });
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

/** What go list says of the demo, as the compile would be told. */
function recorded(listedFirst: boolean) {
  const goroot = process.env.GOROOT ?? '/usr/local/go';
  const env = { GOVERSION: 'go1.26.8', GOOS: 'linux', GOARCH: 'amd64', GOROOT: goroot, GOMOD: join(DEMO, 'go.mod'), GOWORK: '', GOFLAGS: '', GOMODCACHE: '', GOEXPERIMENT: '', GOTOOLCHAIN: 'local' };
  return { env, cwd: DEMO, listed: listed(), listedFirst };
}

test('a package header printed twice and a finding before any header: every line counted once, whenever go list answers', () => {
  const lines = readFileSync(CAPTURE, 'utf8').split('\n').filter(Boolean);
  const canInline = lines.findIndex((l, i) => i > 5 && / can inline /.test(l));
  // The first package's header again after 40 lines, and one of its findings before the first header.
  const doc = [lines[canInline]!, ...lines.slice(0, 40), lines[0]!, ...lines.slice(40)];
  const text = Buffer.from(doc.join('\n') + '\n');
  const results = [true, false].map((first) => analyzeCompilerOutput([text.subarray(0, 5000), text.subarray(5000)], recorded(first)));
  for (const r of results) {
    const s = r.summary;
    assert.equal(s.lines, doc.length);
    assert.equal(s.linesInFindings + s.headerLines + s.unrecognized.length, s.lines);
    assert.deepEqual(s.unrecognized, [{ pkg: '', line: 1, text: doc[0], reason: 'compiler output before any package header' }]);
    assert.equal(s.headerLines, 4);
    assert.equal(r.packages.reduce((n, p) => n + p.lines, 0), doc.length - 1);
  }
  assert.equal(renderJson(results[0]!), renderJson(results[1]!));
});
