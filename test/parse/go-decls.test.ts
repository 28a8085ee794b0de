/**
 * The declaration scanner on the standard library's own source: it never
 * throws, and it reads what classification asks of it (struct fields,
 * embedded fields, interface methods and embeds, methods with their
 * receivers, results, package variables with a type or a value).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanGoDecls, type GoDecls } from '../../src/parse/go-decls.js';

const GOROOT = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();

function pkg(path: string): GoDecls[] {
  const dir = join(GOROOT, 'src', path);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.go') && !n.endsWith('_test.go'))
    .map((n) => scanGoDecls(readFileSync(join(dir, n))));
}

test('std declarations: fields, embeds, interface methods, methods, results and variables', () => {
  const http = pkg('net/http');
  const type = (decls: GoDecls[], name: string) => decls.map((d) => d.types.get(name)).find(Boolean);
  assert.deepEqual(type(http, 'Handler')?.methods, ['ServeHTTP']);
  assert.equal(type(http, 'HandlerFunc')?.underlying, 'func(ResponseWriter,*Request)');
  const request = type(http, 'Request')!;
  assert.equal(request.kind, 'struct');
  assert.equal(request.fields.find((f) => f.name === 'URL')?.type, '*url.URL');
  assert.ok(http.some((d) => d.funcs.some((f) => f.recv === 'HandlerFunc' && f.name === 'ServeHTTP')));
  assert.ok(
    http.some((d) => d.vars.get('DefaultServeMux')),
    'var DefaultServeMux = &defaultServeMux',
  );

  const io = pkg('io');
  assert.deepEqual(type(io, 'ReadWriter')?.embeds, ['Reader', 'Writer']);
  assert.equal(io.map((d) => d.vars.get('Discard')).find(Boolean)?.type, 'Writer');

  const bufio = pkg('bufio');
  const rw = type(bufio, 'ReadWriter')!;
  assert.deepEqual(
    rw.fields.map((f) => [f.name, f.type, f.embedded]),
    [
      ['Reader', '*Reader', true],
      ['Writer', '*Writer', true],
    ],
  );

  const errors = pkg('errors');
  const fnNew = errors.flatMap((d) => d.funcs).find((f) => f.name === 'New' && !f.recv)!;
  assert.deepEqual(
    fnNew.results.map((r) => r.type),
    ['error'],
  );
  assert.deepEqual(fnNew.params, [{ name: 'text', type: 'string' }]);
});

test('every file of a few large std packages scans without throwing', () => {
  for (const path of ['runtime', 'net/http', 'reflect', 'go/types', 'encoding/json']) {
    const decls = pkg(path);
    assert.ok(decls.length > 5 && decls.some((d) => d.funcs.length > 0 && d.types.size > 0), path);
  }
});
