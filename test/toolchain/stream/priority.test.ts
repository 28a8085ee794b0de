/**
 * goescape's niceness while go compiles: GOESCAPE_NICE from 0 (off) to 19,
 * 19 when unset, anything else a usage error; yieldCpu lowers every thread
 * and puts them back where that is allowed.
 */
import assert from 'node:assert/strict';
import { getPriority } from 'node:os';
import { test } from 'node:test';
import { nicenessOf, yieldCpu } from '../../../src/toolchain/stream/priority.js';

test('GOESCAPE_NICE: 19 when unset or empty, the number from 0 to 19, else a usage error', () => {
  assert.equal(nicenessOf({}), 19);
  assert.equal(nicenessOf({ GOESCAPE_NICE: '' }), 19);
  assert.equal(nicenessOf({ GOESCAPE_NICE: '0' }), 0);
  assert.equal(nicenessOf({ GOESCAPE_NICE: '7' }), 7);
  for (const bad of ['low', '-1', '20', '1.5']) {
    assert.throws(
      () => nicenessOf({ GOESCAPE_NICE: bad }),
      (e: Error & { code?: string }) => e.code === 'USAGE' && e.message === `GOESCAPE_NICE must be a niceness from 0 (off) to 19, got "${bad}"`,
      bad,
    );
  }
});

test('yieldCpu lowers the priority and puts it back where allowed', () => {
  const before = getPriority();
  const restore = yieldCpu(19);
  assert.equal(getPriority(), Math.max(before, 19));
  restore();
  // Raising the priority again needs a privilege (root here and in CI).
  if (process.getuid?.() === 0) assert.equal(getPriority(), before);
});
