/**
 * `goescape.yaml`: what `check` and `baseline` analyse and which rules the
 * gate applies (documented in docs/config.md). Pure: text in, a validated
 * config out, or a GoescapeError('CONFIG') naming the file, line and key.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { GoescapeError } from '../errors.js';
import { ALL_CAUSES, type Cause } from '../model/causes.js';
import { ALL_KINDS, type FindingKind } from '../model/kinds.js';
import { ALLOC_CLASSES, type AllocClass } from '../model/finding.js';

/** What the gate does with allocations of a class (known under --verify): count them as any other, leave them out of every rule, or fail on each. */
export type ClassMode = 'count' | 'ignore' | 'forbid';
export const CLASS_MODES: readonly ClassMode[] = ['count', 'ignore', 'forbid'];

export const CONFIG_FILE = 'goescape.yaml';
export const DEFAULT_BASELINE_FILE = 'goescape-baseline.json';

export interface BuildConfig {
  /** `-tags` value. */
  tags?: string;
  /** Target GOOS / GOARCH (set in the environment of the go command). */
  goos?: string;
  goarch?: string;
  /** Compile `_test.go` files too. */
  tests: boolean;
  /** Disable inlining (`-l`). */
  noInline: boolean;
}

export interface RulesConfig {
  /** The ratchet: a heap escape not in the baseline is a violation. */
  newHeapEscapes: boolean;
  /** Honour `//goescape:noescape` directives. */
  noescape: boolean;
  /** Package pattern (import path, `/...` suffix allowed) → most heap escapes allowed. */
  budgets: Record<string, number>;
  /** Largest stack frame allowed, in bytes (only when frame data is present). */
  maxFrameBytes?: number;
  /** Package pattern (`*` for every package) → causes that may not appear there. */
  forbidCauses: Record<string, Cause[]>;
  /** Allocation class → what the gate does with it (absent: count). Setting any makes `check` verify against -S. */
  classes: Partial<Record<AllocClass, ClassMode>>;
}

/** An accepted finding. Every field given must match; `reason` is required. */
export interface AllowEntry {
  key?: string;
  package?: string;
  func?: string;
  kind?: FindingKind;
  subject?: string;
  reason: string;
  /** 1-based line of the entry in the config file (for messages). */
  line?: number;
}

export interface GoescapeConfig {
  /** Package patterns as for `go build`. */
  packages: string[];
  build: BuildConfig;
  /** Baseline file, relative to the module root, or absolute (kept as written). */
  baseline: string;
  rules: RulesConfig;
  allow: AllowEntry[];
}

export function defaultConfig(): GoescapeConfig {
  return {
    packages: ['./...'],
    build: { tests: false, noInline: false },
    baseline: DEFAULT_BASELINE_FILE,
    rules: { newHeapEscapes: true, noescape: true, budgets: {}, forbidCauses: {}, classes: {} },
    allow: [],
  };
}

/** Reports whether `pkg` matches a package pattern: exact, `prefix/...`, or `*`. */
export function matchPackage(pattern: string, pkg: string): boolean {
  if (pattern === '*' || pattern === '...') return true;
  if (pattern.endsWith('/...')) {
    const base = pattern.slice(0, -4);
    return pkg === base || pkg.startsWith(`${base}/`);
  }
  return pattern === pkg;
}

/** Parses and validates config text. `file` names the file in error messages. */
export function parseConfig(text: string, file = CONFIG_FILE): GoescapeConfig {
  const lc = new LineCounter();
  // Keys are checked for uniqueness by the Validator: the library's own check compares each key with every other (quadratic).
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = lc.linePos(e.pos[0]).line;
    throw new GoescapeError('CONFIG', `${file}:${line}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const v = new Validator(file, lc);
  const cfg = defaultConfig();
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) return cfg;
  for (const [key, value, pair] of v.entries(root, '')) {
    switch (key) {
      case 'packages':
        cfg.packages = v.stringList(value, 'packages', true);
        break;
      case 'baseline':
        cfg.baseline = v.string(value, 'baseline');
        break;
      case 'build':
        for (const [k, val, pr] of v.entries(value, 'build')) {
          const path = `build.${k}`;
          if (k === 'tags') {
            cfg.build.tags = isSeq(val) ? v.stringList(val, path, false).join(',') : v.string(val, path);
          } else if (k === 'goos') cfg.build.goos = v.string(val, path);
          else if (k === 'goarch') cfg.build.goarch = v.string(val, path);
          else if (k === 'tests') cfg.build.tests = v.boolean(val, path);
          else if (k === 'no-inline') cfg.build.noInline = v.boolean(val, path);
          else v.unknownKey(pr.key, path, ['tags', 'goos', 'goarch', 'tests', 'no-inline']);
        }
        break;
      case 'rules':
        for (const [k, val, pr] of v.entries(value, 'rules')) {
          const path = `rules.${k}`;
          if (k === 'new-heap-escapes') cfg.rules.newHeapEscapes = v.boolean(val, path);
          else if (k === 'noescape') cfg.rules.noescape = v.boolean(val, path);
          else if (k === 'max-frame-bytes') cfg.rules.maxFrameBytes = v.count(val, path);
          else if (k === 'budgets') {
            for (const [pkg, n] of v.entries(val, path)) cfg.rules.budgets[pkg] = v.count(n, `${path}.${pkg}`);
          } else if (k === 'forbid-causes') {
            for (const [pkg, list] of v.entries(val, path)) {
              const p = `${path}.${pkg}`;
              const causes = v.stringList(list, p, true);
              causes.forEach((c, i) => {
                if (!(ALL_CAUSES as string[]).includes(c)) {
                  v.fail((list as { items: YamlNode[] }).items?.[i] ?? list, `${p}`, `unknown cause "${c}"; use one of: ${ALL_CAUSES.join(', ')}`);
                }
              });
              cfg.rules.forbidCauses[pkg] = causes as Cause[];
            }
          } else if (k === 'classes') {
            for (const [cls, mode, cp] of v.entries(val, path)) {
              const p = `${path}.${cls}`;
              if (!(ALLOC_CLASSES as readonly string[]).includes(cls)) v.fail(cp.key, p, `unknown allocation class; use one of: ${ALLOC_CLASSES.join(', ')}`);
              const m = v.string(mode, p);
              if (!(CLASS_MODES as readonly string[]).includes(m)) v.fail(mode, p, `expected one of: ${CLASS_MODES.join(', ')}`);
              cfg.rules.classes[cls as AllocClass] = m as ClassMode;
            }
          } else v.unknownKey(pr.key, path, ['new-heap-escapes', 'noescape', 'budgets', 'max-frame-bytes', 'forbid-causes', 'classes']);
        }
        break;
      case 'allow': {
        if (!isSeq(value)) v.fail(value, 'allow', 'expected a list of entries, each with a reason');
        (value as { items: unknown[] }).items.forEach((item, i) => cfg.allow.push(allowEntry(v, item, `allow[${i}]`)));
        break;
      }
      default:
        v.unknownKey(pair.key, key, ['packages', 'build', 'baseline', 'rules', 'allow']);
    }
  }
  return cfg;
}

const ALLOW_FIELDS = ['key', 'package', 'func', 'kind', 'subject', 'reason'] as const;

function allowEntry(v: Validator, node: unknown, path: string): AllowEntry {
  const e: Partial<AllowEntry> = { line: v.line(node) };
  for (const [k, val, pr] of v.entries(node, path)) {
    const p = `${path}.${k}`;
    if (!(ALLOW_FIELDS as readonly string[]).includes(k)) v.unknownKey(pr.key, p, [...ALLOW_FIELDS]);
    const s = v.string(val, p);
    if (k === 'kind' && !(ALL_KINDS as string[]).includes(s)) v.fail(val, p, `unknown finding kind "${s}"; see docs/kinds.md`);
    (e as Record<string, unknown>)[k] = s;
  }
  if (!e.reason?.trim()) v.fail(node, `${path}.reason`, 'missing: every allow entry needs a reason');
  if (!e.key && !e.package && !e.func && !e.kind && !e.subject) {
    v.fail(node, path, 'matches everything: give at least one of key, package, func, kind, subject');
  }
  return e as AllowEntry;
}

/** Walks the YAML tree, failing with `file:line: path: message`. */
class Validator {
  constructor(
    private readonly file: string,
    private readonly lc: LineCounter,
  ) {}

  line(node: unknown): number {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? this.lc.linePos(range[0]).line : 1;
  }

  fail(node: unknown, path: string, message: string): never {
    throw new GoescapeError('CONFIG', `${this.file}:${this.line(node)}: ${path}: ${message}`);
  }

  unknownKey(node: unknown, path: string, known: string[]): never {
    this.fail(node, path, `unknown key; expected one of: ${known.join(', ')}`);
  }

  *entries(node: unknown, path: string): Generator<[string, unknown, Pair<unknown, unknown>]> {
    if (!isMap(node)) this.fail(node, path || '(top level)', 'expected a mapping (key: value)');
    const seen = new Set<string>();
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (k === undefined) this.fail(pair.key, path || '(top level)', 'keys must be plain strings');
      if (seen.has(k)) this.fail(pair.key, path ? `${path}.${k}` : k, 'duplicate key; give each key once');
      seen.add(k);
      yield [k, pair.value ?? pair.key, pair as Pair<unknown, unknown>];
    }
  }

  string(node: unknown, path: string): string {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') this.fail(node, path, 'expected a non-empty string');
    return node.value;
  }

  boolean(node: unknown, path: string): boolean {
    if (!isScalar(node) || typeof node.value !== 'boolean') this.fail(node, path, 'expected true or false');
    return node.value;
  }

  count(node: unknown, path: string): number {
    if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value) || node.value < 0) {
      this.fail(node, path, 'expected a whole number ≥ 0');
    }
    return node.value;
  }

  stringList(node: unknown, path: string, nonEmpty: boolean): string[] {
    if (isScalar(node) && typeof node.value === 'string' && node.value) return [node.value];
    if (!isSeq(node)) this.fail(node, path, 'expected a list of strings');
    if (nonEmpty && node.items.length === 0) this.fail(node, path, 'expected at least one entry');
    return node.items.map((item, i) => this.string(item, `${path}[${i}]`));
  }
}
