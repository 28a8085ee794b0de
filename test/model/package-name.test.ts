import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packageName, packageNameGuess } from '../../src/model/package-name.js';

test('a package name is guessed from its import path as goimports assumes, for each form of path', () => {
  assert.equal(packageNameGuess('fmt'), 'fmt');
  assert.equal(packageNameGuess('go/ast'), 'ast');
  assert.equal(packageNameGuess('example.com/p'), 'p');
  // A major version suffix names the element before it.
  assert.equal(packageNameGuess('github.com/go-chi/chi/v5'), 'chi');
  assert.equal(packageNameGuess('example.com/m/v2'), 'm');
  // A `go-` prefix is dropped, after the version suffix is skipped too.
  assert.equal(packageNameGuess('github.com/mattn/go-isatty'), 'isatty');
  assert.equal(packageNameGuess('github.com/foo/go-bar/v2'), 'bar');
  // The name ends where a character that cannot be in an identifier starts.
  assert.equal(packageNameGuess('gopkg.in/yaml.v3'), 'yaml');
  assert.equal(packageNameGuess('example.com/my-lib'), 'my');
  // `v2` alone, with nothing before it, is the name.
  assert.equal(packageNameGuess('v2'), 'v2');
});

test('a known name (go list, the package clause) wins over the guess', () => {
  const known = new Map([
    ['github.com/go-chi/chi/v5', 'chi'],
    ['example.com/odd-path', 'odd2'],
  ]);
  assert.equal(packageName('example.com/odd-path', known), 'odd2');
  assert.equal(packageName('example.com/other-path', known), 'other');
  assert.equal(packageName('gopkg.in/yaml.v3'), 'yaml');
});
