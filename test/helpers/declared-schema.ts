/**
 * The JSON documents declared in src/report/json/schema-v1.ts, read from
 * the source with TypeScript's parser: each interface with its own fields,
 * and a JSON Schema (draft-07) made from them, strict (no field that is not
 * declared, every required one present), to validate what goescape writes.
 *
 * Only the forms schema-v1.ts uses are understood (string, number and
 * boolean, literal types, unions, arrays, `Record<string, T>`, references to
 * its own interfaces, `extends`); anything else throws, so a declaration
 * this cannot check fails the test rather than passing unchecked.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export const SCHEMA_SOURCE = new URL('../../../src/report/json/schema-v1.ts', import.meta.url);

export interface DeclaredField {
  name: string;
  optional: boolean;
  type: ts.TypeNode;
}

export interface DeclaredInterface {
  name: string;
  extends: string[];
  /** Its own fields, in declaration order (not the inherited ones). */
  fields: DeclaredField[];
}

export function declaredInterfaces(path: URL = SCHEMA_SOURCE): Map<string, DeclaredInterface> {
  const source = ts.createSourceFile(path.pathname, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out = new Map<string, DeclaredInterface>();
  for (const st of source.statements) {
    if (ts.isTypeAliasDeclaration(st)) throw new Error(`schema-v1.ts: type alias ${st.name.text}: declare interfaces only`);
    if (!ts.isInterfaceDeclaration(st)) continue;
    const fields: DeclaredField[] = [];
    for (const m of st.members) {
      if (!ts.isPropertySignature(m) || !m.type || !ts.isIdentifier(m.name)) throw new Error(`${st.name.text}: a member that is not a plain field`);
      fields.push({ name: m.name.text, optional: m.questionToken !== undefined, type: m.type });
    }
    const ext = (st.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText(source)));
    out.set(st.name.text, { name: st.name.text, extends: ext, fields });
  }
  return out;
}

type JsonSchema = Record<string, unknown>;

function typeSchema(t: ts.TypeNode, known: Map<string, DeclaredInterface>): JsonSchema {
  if (t.kind === ts.SyntaxKind.StringKeyword) return { type: 'string' };
  if (t.kind === ts.SyntaxKind.NumberKeyword) return { type: 'number' };
  if (t.kind === ts.SyntaxKind.BooleanKeyword) return { type: 'boolean' };
  if (ts.isLiteralTypeNode(t)) {
    const l = t.literal;
    if (ts.isStringLiteral(l)) return { const: l.text };
    if (ts.isNumericLiteral(l)) return { const: Number(l.text) };
    if (l.kind === ts.SyntaxKind.TrueKeyword) return { const: true };
    if (l.kind === ts.SyntaxKind.FalseKeyword) return { const: false };
    if (l.kind === ts.SyntaxKind.NullKeyword) return { type: 'null' };
  }
  if (ts.isUnionTypeNode(t)) return { anyOf: t.types.map((u) => typeSchema(u, known)) };
  if (ts.isArrayTypeNode(t)) return { type: 'array', items: typeSchema(t.elementType, known) };
  if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName)) {
    const name = t.typeName.text;
    if (name === 'Record' && t.typeArguments?.length === 2 && t.typeArguments[0]!.kind === ts.SyntaxKind.StringKeyword) {
      return { type: 'object', additionalProperties: typeSchema(t.typeArguments[1]!, known) };
    }
    if (known.has(name)) return { $ref: `#/definitions/${name}` };
  }
  throw new Error(`schema-v1.ts: a type this check does not understand: ${t.getText()}`);
}

/** Every field of an interface, inherited ones first. */
export function allFields(name: string, known: Map<string, DeclaredInterface>): DeclaredField[] {
  const i = known.get(name);
  if (!i) throw new Error(`schema-v1.ts: no interface ${name}`);
  return [...i.extends.flatMap((e) => allFields(e, known)), ...i.fields];
}

/** A JSON Schema of the document `root` (e.g. `AnalysisDocument`), with every interface as a definition. */
export function jsonSchemaOf(root: string, known: Map<string, DeclaredInterface> = declaredInterfaces()): JsonSchema {
  const definitions: Record<string, JsonSchema> = {};
  for (const name of known.keys()) {
    const fields = allFields(name, known);
    definitions[name] = {
      type: 'object',
      properties: Object.fromEntries(fields.map((f) => [f.name, typeSchema(f.type, known)])),
      required: fields.filter((f) => !f.optional).map((f) => f.name),
      additionalProperties: false,
    };
  }
  if (!definitions[root]) throw new Error(`schema-v1.ts: no interface ${root}`);
  return { $schema: 'http://json-schema.org/draft-07/schema#', $ref: `#/definitions/${root}`, definitions };
}

/**
 * Where `value`, read as the declared type `root`, has an object whose keys
 * are out of the declared order (the written order must follow schema-v1.ts).
 */
export function keyOrderProblems(value: unknown, root: string, known: Map<string, DeclaredInterface> = declaredInterfaces()): string[] {
  const out: string[] = [];
  const visitType = (v: unknown, t: ts.TypeNode, path: string): void => {
    if (ts.isArrayTypeNode(t)) {
      if (Array.isArray(v)) v.forEach((x, i) => visitType(x, t.elementType, `${path}[${i}]`));
    } else if (ts.isUnionTypeNode(t)) {
      for (const u of t.types) visitType(v, u, path);
    } else if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && known.has(t.typeName.text)) {
      visit(v, t.typeName.text, path);
    }
  };
  const visit = (v: unknown, name: string, path: string): void => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return;
    const fields = allFields(name, known);
    const order = fields.map((f) => f.name);
    const keys = Object.keys(v).filter((k) => order.includes(k));
    const sorted = [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (keys.join() !== sorted.join()) out.push(`${path || '<top>'} (${name}): ${keys.join(', ')} is not in the declared order ${sorted.join(', ')}`);
    for (const f of fields) visitType((v as Record<string, unknown>)[f.name], f.type, `${path}.${f.name}`);
  };
  visit(value, root, '');
  return out;
}
