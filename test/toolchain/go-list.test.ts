/**
 * moduleRoot, from go env's GOMOD and GOWORK as go prints them (values
 * recorded from go 1.26 in a module, in a go.work workspace and its
 * directory, with GOWORK=off and GO111MODULE=off, and outside any module).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moduleRoot, notAModule } from '../../src/toolchain/go-list.js';

test('moduleRoot: the workspace for paths, the module for the gate', () => {
  assert.deepEqual(moduleRoot({ GOMOD: '/m/go.mod', GOWORK: '' }), { root: '/m', module: '/m' });
  assert.deepEqual(moduleRoot({ GOMOD: '/ws/a/go.mod', GOWORK: '/ws/go.work' }), { root: '/ws', module: '/ws/a' });
  assert.deepEqual(moduleRoot({ GOMOD: '/dev/null', GOWORK: '/ws/go.work' }), { root: '/ws', module: undefined });
  assert.deepEqual(moduleRoot({ GOMOD: '/ws/a/go.mod', GOWORK: 'off' }), { root: '/ws/a', module: '/ws/a' });
  assert.deepEqual(moduleRoot({ GOMOD: '', GOWORK: '/ws/go.work' }), { root: '/ws', module: undefined });
  assert.equal(moduleRoot({ GOMOD: '/dev/null', GOWORK: '' }), undefined);
  assert.equal(moduleRoot({ GOMOD: 'NUL', GOWORK: '' }), undefined);
  assert.equal(moduleRoot({ GOMOD: '', GOWORK: '' }), undefined);
});

test('notAModule: NOT_A_MODULE naming the directory as given', () => {
  const e = notAModule('sub');
  assert.equal(e.code, 'NOT_A_MODULE');
  assert.equal(e.message, 'sub is not inside a Go module (no go.mod found); run goescape in a module, pass --cwd, or run "go mod init"');
});
