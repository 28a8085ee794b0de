/**
 * The official SARIF 2.1.0 JSON schema as a validator
 * (test/fixtures/sarif-schema-2.1.0-rtm.5.json: the OASIS schema as shipped,
 * MIT, in the npm package @microsoft/jest-sarif@1.0.0-beta.0 at
 * lib/schemas/sarif-2.1.0-rtm.5.json). The schema is JSON Schema draft-04;
 * ajv 8 validates draft-07, so the two draft-04 spellings the file uses
 * (`id` at the top, the draft-04 `$schema`) are mapped, and nothing else.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

const SCHEMA_FILE = new URL('../../../test/fixtures/sarif-schema-2.1.0-rtm.5.json', import.meta.url);

export function validator() {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  assert.match(String(schema.title), /SARIF\) Version 2\.1\.0/);
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  // unicodeRegExp: false because the schema's `language` pattern has a stray `]` that is
  // legal in a plain RegExp but not with the `u` flag ajv uses by default.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  return ajv.compile(schema);
}
