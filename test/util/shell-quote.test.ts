import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { shellCommand, shellQuote } from '../../src/util/shell-quote.js';

test('shellQuote: plain words stay as they are', () => {
  for (const w of ['go', 'list', '-e', '-json=ImportPath,Dir,Name', './...', 'example.com/m/p@v1.2.3', '-o', '/dev/null']) assert.equal(shellQuote(w), w);
});

test('shellQuote: words a shell would change are single-quoted', () => {
  assert.equal(shellQuote('-gcflags=./...=-m=2 -dwarf=false'), `'-gcflags=./...=-m=2 -dwarf=false'`);
  assert.equal(shellQuote('-run=^$'), `'-run=^$'`);
  assert.equal(shellQuote(''), `''`);
  assert.equal(shellQuote("it's"), `'it'\\''s'`);
  assert.equal(shellQuote('=go'), `'=go'`);
  assert.equal(shellQuote('~/x'), `'~/x'`);
});

// The real shell reads each line back as the argv it came from.
test('shellCommand: sh reads it back as the same argv', () => {
  const argv = [
    'go',
    'list',
    '-gcflags=./...=-m=2 -dwarf=false',
    '-run=^$',
    "a'b",
    'semi;colon',
    '$(touch /nonexistent-x)',
    '`x`',
    'back\\slash',
    '*.go',
    'tab\there',
    'new\nline',
    '',
    '!bang',
    '#hash',
    '-tags',
    'a,b',
  ];
  const out = execFileSync('sh', ['-c', `printf '%s\\0' ${shellCommand(argv)}`], { encoding: 'utf8' });
  assert.deepEqual(out.split('\0').slice(0, -1), argv);
});
