/** The `--format` flag (src/cli/format.ts): choices from the registry, one usage error for all commands. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseFormat } from '../../src/cli/format.js';
import { GoescapeError } from '../../src/errors.js';
import { ANALYSIS_FORMATS, EXPLAIN_FORMATS } from '../../src/report/index.js';

test('a declared format is chosen as it is', () => {
  for (const f of ANALYSIS_FORMATS) assert.equal(chooseFormat(f, ANALYSIS_FORMATS, 'text'), f);
});

test('an unknown format is a usage error that lists the choices, the default first', () => {
  const err = (value: unknown, formats: readonly string[], dflt: string) => {
    try {
      chooseFormat(value, formats, dflt);
    } catch (e) {
      assert.ok(e instanceof GoescapeError);
      assert.equal(e.code, 'USAGE');
      return e.message;
    }
    assert.fail('no error');
  };
  assert.equal(err('xml', ANALYSIS_FORMATS, 'text'), 'unknown --format "xml"; use one of: text, json, html');
  assert.equal(err('md', ANALYSIS_FORMATS, 'html'), 'unknown --format "md"; use one of: html, text, json');
  assert.equal(err('xml', EXPLAIN_FORMATS, 'text'), 'unknown --format "xml"; use text or json');
  // A name that is not a format, even one that looks like a key of an object, is refused.
  assert.equal(err('toString', ANALYSIS_FORMATS, 'text'), 'unknown --format "toString"; use one of: text, json, html');
});
