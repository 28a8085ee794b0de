/**
 * The committed baseline of the ratchet (goescape-baseline.json): today's
 * heap escapes by stable key, never by line, plus the toolchain they were
 * found with. Pure: result → baseline → text, and text → baseline or a
 * GoescapeError('BAD_INPUT').
 */
import { GoescapeError } from '../errors.js';
import * as shape from '../util/json-shape.js';
import { CAUSES, type Cause } from '../model/causes.js';
import type { Finding } from '../model/finding.js';
import { FINDING_KINDS, isHeapKind, type FindingKind } from '../model/kinds.js';
import type { AnalysisResult, Toolchain } from '../model/result.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  key: string;
  kind: FindingKind;
  pkg: string;
  func: string;
  subject: string;
  cause?: Cause;
}

/** The part of the toolchain that changes escape decisions; `command` is left out (it holds paths). */
export type BaselineToolchain = Pick<Toolchain, 'goVersion' | 'goos' | 'goarch' | 'goexperiment' | 'compilerFlags'>;

export interface Baseline {
  baselineVersion: typeof BASELINE_VERSION;
  tool: 'goescape';
  toolchain: BaselineToolchain;
  /** Package patterns analysed. */
  patterns: string[];
  /** Packages analysed (import paths), sorted. */
  packages: string[];
  /** Heap escapes, sorted by key. */
  findings: BaselineEntry[];
}

export function baselineEntry(f: Finding): BaselineEntry {
  const e: BaselineEntry = { key: f.key, kind: f.kind, pkg: f.pkg, func: f.func, subject: f.subject };
  if (f.cause) e.cause = f.cause;
  return e;
}

export function makeBaseline(result: AnalysisResult): Baseline {
  const t = result.toolchain;
  return {
    baselineVersion: BASELINE_VERSION,
    tool: 'goescape',
    toolchain: { goVersion: t.goVersion, goos: t.goos, goarch: t.goarch, goexperiment: t.goexperiment, compilerFlags: [...t.compilerFlags] },
    patterns: [...result.patterns],
    packages: [...new Set(result.packages.filter((p) => p.status === 'ok').map((p) => p.path))].sort(),
    findings: result.findings.filter((f) => isHeapKind(f.kind)).map(baselineEntry).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
}

/** Deterministic text: fixed key order, one finding per line block, trailing newline. */
export function renderBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 2) + '\n';
}

const BASELINE_SHAPE = shape.object(
  {
    toolchain: shape.object(
      { goVersion: shape.string, goos: shape.string, goarch: shape.string },
      { goexperiment: shape.string, compilerFlags: shape.array(shape.string) },
    ),
    findings: shape.array(shape.object(
      { key: shape.string, kind: shape.keyOf(FINDING_KINDS, 'a finding kind (docs/kinds.md)'), pkg: shape.string, func: shape.string, subject: shape.string },
      { cause: shape.keyOf(CAUSES, 'a cause (docs/causes/)') },
    )),
  },
  { patterns: shape.array(shape.string), packages: shape.array(shape.string) },
);

/**
 * Reads a baseline: untrusted input (edited by hand, merged, cut short).
 * Its shape is checked in full, and only the fields goescape knows are
 * kept, so nothing else in the file reaches a report.
 */
export function parseBaseline(text: string, file: string): Baseline {
  const regenerate = 'regenerate it with "goescape baseline"';
  let data: unknown;
  try {
    data = JSON.parse(shape.withoutBom(text));
  } catch (e) {
    throw new GoescapeError('BAD_INPUT', `${file} is not valid JSON (${(e as Error).message}); ${regenerate}`, { cause: e });
  }
  const b = data as Record<string, unknown> | null;
  if (!b || typeof b !== 'object' || Array.isArray(b) || b.tool !== 'goescape') {
    throw new GoescapeError('BAD_INPUT', `${file} is not a goescape baseline; ${regenerate}`);
  }
  if (b.baselineVersion !== BASELINE_VERSION) {
    throw new GoescapeError('BAD_INPUT', `${file} has baselineVersion ${JSON.stringify(b.baselineVersion) ?? 'undefined'}, this goescape reads ${BASELINE_VERSION}; ${regenerate}`);
  }
  try {
    BASELINE_SHAPE(b, '');
  } catch (e) {
    if (e instanceof shape.ShapeError) throw new GoescapeError('BAD_INPUT', `${file} is not a valid baseline: ${e.message}; ${regenerate}`);
    throw e;
  }
  const v = b as unknown as Baseline;
  const t = v.toolchain;
  const toolchain: BaselineToolchain = { goVersion: t.goVersion, goos: t.goos, goarch: t.goarch, goexperiment: t.goexperiment ?? '', compilerFlags: [...(t.compilerFlags ?? [])] };
  return {
    baselineVersion: BASELINE_VERSION,
    tool: 'goescape',
    toolchain,
    patterns: [...(v.patterns ?? [])],
    packages: [...(v.packages ?? [])],
    findings: v.findings.map((f) => {
      const e: BaselineEntry = { key: f.key, kind: f.kind, pkg: f.pkg, func: f.func, subject: f.subject };
      if (f.cause !== undefined) e.cause = f.cause;
      return e;
    }),
  };
}

/** The differences that make a baseline incomparable, as `field: baseline → now` strings; empty when equal. */
export function toolchainDifferences(base: BaselineToolchain, now: Toolchain): string[] {
  const diffs: string[] = [];
  const cmp = (name: string, a: string, b: string) => {
    if (a !== b) diffs.push(`${name} ${a || '(none)'} → ${b || '(none)'}`);
  };
  cmp('Go', base.goVersion, now.goVersion);
  cmp('GOOS', base.goos, now.goos);
  cmp('GOARCH', base.goarch, now.goarch);
  cmp('GOEXPERIMENT', base.goexperiment, now.goexperiment ?? '');
  cmp('flags', base.compilerFlags.join(' '), now.compilerFlags.join(' '));
  return diffs;
}
