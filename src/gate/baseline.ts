/**
 * The committed baseline of the ratchet (goescape-baseline.json): today's
 * heap allocation sites by stable key, never by line, plus the toolchain
 * they were found with. Pure: result → baseline → text, and text →
 * baseline or a GoescapeError('BAD_INPUT').
 */
import { GoescapeError } from '../errors.js';
import * as shape from '../util/json-shape.js';
import { CAUSES, type Cause } from '../model/causes.js';
import { FINDING_KINDS, type FindingKind } from '../model/kinds.js';
import type { AnalysisResult, Toolchain } from '../model/result.js';
import { gateSites, type GateSite, type GateSites } from './sites.js';
import { baseFuncName, normalizeSubject } from '../analyze/attribute.js';

export const BASELINE_VERSION = 3;

/** A heap allocation site in the baseline (versions 2 and 3: version 2's keys had ordinals and closure numbers). */
export interface BaselineSite {
  /** The site's key (model/sites.ts): what the gate matches on. */
  key: string;
  /** The key of the heap escape whose value is allocated here (where the fix goes). */
  origin: string;
  kind: FindingKind;
  /** Package and function whose machine code allocates. */
  pkg: string;
  func: string;
  subject: string;
  cause?: Cause;
  /** Where it was when recorded, to show a removed site; never used to match. */
  at?: { file: string; line: number };
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
  /** Heap allocation sites, sorted by key. */
  sites: BaselineSite[];
  /**
   * Read from a version 1 file, which recorded heap escapes, not sites:
   * each entry (`key` = `origin`, `pkg`/`func` of the escape) accepts every
   * site its escape has now. Read from a version 2 file, whose keys shift
   * (ordinals, the compiler's closure numbers): its sites are matched by
   * class (matchBaseline). Never written.
   */
  fromVersion?: 1 | 2;
}

export function baselineSite(s: GateSite): BaselineSite {
  const { site, blame } = s;
  const e: BaselineSite = { key: site.key, origin: site.origin.key, kind: site.kind, pkg: site.pkg, func: site.func, subject: site.origin.subject };
  if (site.origin.cause) e.cause = site.origin.cause;
  e.at = { file: blame.file, line: blame.line };
  return e;
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function makeBaseline(result: AnalysisResult): Baseline {
  const t = result.toolchain;
  return {
    baselineVersion: BASELINE_VERSION,
    tool: 'goescape',
    toolchain: { goVersion: t.goVersion, goos: t.goos, goarch: t.goarch, goexperiment: t.goexperiment, compilerFlags: [...t.compilerFlags] },
    patterns: [...result.patterns],
    packages: [...new Set(result.packages.filter((p) => p.status === 'ok').map((p) => p.path))].sort(),
    sites: gateSites(result.findings).sites.map(baselineSite).sort(byKey),
  };
}

/** How many heap escapes (origins) the sites of a baseline belong to. */
export function baselineOrigins(b: Baseline): number {
  return new Set(b.sites.map((s) => s.origin)).size;
}

/** Deterministic text: fixed key order, one site per line block, trailing newline. */
export function renderBaseline(b: Baseline): string {
  const { fromVersion: _, ...written } = b;
  return JSON.stringify(written, null, 2) + '\n';
}

const KIND = shape.keyOf(FINDING_KINDS, 'a finding kind (docs/kinds.md)');
const CAUSE = shape.keyOf(CAUSES, 'a cause (docs/causes/)');
const TOOLCHAIN = shape.object(
  { goVersion: shape.string, goos: shape.string, goarch: shape.string },
  { goexperiment: shape.string, compilerFlags: shape.array(shape.string) },
);
const LISTS = { patterns: shape.array(shape.string), packages: shape.array(shape.string) };

const BASELINE_SHAPE = shape.object(
  {
    toolchain: TOOLCHAIN,
    sites: shape.array(
      shape.object(
        { key: shape.string, origin: shape.string, kind: KIND, pkg: shape.string, func: shape.string, subject: shape.string },
        { cause: CAUSE, at: shape.object({ file: shape.string, line: shape.count }) },
      ),
    ),
  },
  LISTS,
);

/** What the previous release wrote: heap escapes by key. */
const BASELINE_V1_SHAPE = shape.object(
  {
    toolchain: TOOLCHAIN,
    findings: shape.array(shape.object({ key: shape.string, kind: KIND, pkg: shape.string, func: shape.string, subject: shape.string }, { cause: CAUSE })),
  },
  LISTS,
);

/**
 * Reads a baseline: untrusted input (edited by hand, merged, cut short).
 * Its shape is checked in full, and only the fields goescape knows are
 * kept, so nothing else in the file reaches a report. A version 1 file
 * (heap escapes, before sites) is read as its escapes (`fromVersion: 1`).
 */
export function parseBaseline(text: string, file: string): Baseline {
  const regenerate = `regenerate it with "${RECORD_COMMAND}"`;
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
  const v1 = b.baselineVersion === 1;
  if (b.baselineVersion !== BASELINE_VERSION && b.baselineVersion !== 2 && !v1) {
    throw new GoescapeError(
      'BAD_INPUT',
      `${file} has baselineVersion ${JSON.stringify(b.baselineVersion) ?? 'undefined'}, this goescape reads 1 to ${BASELINE_VERSION}; ${regenerate}`,
    );
  }
  try {
    (v1 ? BASELINE_V1_SHAPE : BASELINE_SHAPE)(b, '');
  } catch (e) {
    if (e instanceof shape.ShapeError) throw new GoescapeError('BAD_INPUT', `${file} is not a valid baseline: ${e.message}; ${regenerate}`);
    throw e;
  }
  const t = b.toolchain as BaselineToolchain;
  const toolchain: BaselineToolchain = {
    goVersion: t.goVersion,
    goos: t.goos,
    goarch: t.goarch,
    goexperiment: t.goexperiment ?? '',
    compilerFlags: [...(t.compilerFlags ?? [])],
  };
  const out: Baseline = {
    baselineVersion: BASELINE_VERSION,
    tool: 'goescape',
    toolchain,
    patterns: [...((b.patterns as string[] | undefined) ?? [])],
    packages: [...((b.packages as string[] | undefined) ?? [])],
    sites: [],
  };
  if (v1) {
    out.fromVersion = 1;
    out.sites = (b.findings as Omit<BaselineSite, 'origin'>[]).map((f) => {
      const e: BaselineSite = { key: f.key, origin: f.key, kind: f.kind, pkg: f.pkg, func: f.func, subject: f.subject };
      if (f.cause !== undefined) e.cause = f.cause;
      return e;
    });
    return out;
  }
  if (b.baselineVersion === 2) out.fromVersion = 2;
  out.sites = (b.sites as BaselineSite[]).map((s) => {
    const e: BaselineSite = { key: s.key, origin: s.origin, kind: s.kind, pkg: s.pkg, func: s.func, subject: s.subject };
    if (s.cause !== undefined) e.cause = s.cause;
    if (s.at !== undefined) e.at = { file: s.at.file, line: s.at.line };
    return e;
  });
  return out;
}

/** The command that records a baseline. */
export const RECORD_COMMAND = 'goescape baseline';

export interface BaselineMatch {
  /** Whether the baseline has the site (for a version 2 file, a site of an unsure class is left to `unsure`). */
  has(s: GateSite): boolean;
  /**
   * Version 2: classes with more sites now than in the baseline. Some of
   * them are new, and the old keys cannot tell which: every site of the
   * class is a candidate.
   */
  unsure: UnsureClass[];
  /** Baseline entries of analysed packages that no current site matched: escapes gone. */
  removed: BaselineSite[];
  /** Sites in the baseline: its entries; for version 1, the current sites its escapes accept and the entries gone. */
  size: number;
}

/** A class of version 2 sites (see siteClass) that has more sites now than the baseline recorded. */
export interface UnsureClass {
  /** How many sites of the class are new. */
  fresh: number;
  /** Every current site of the class, in gate order. */
  candidates: GateSite[];
}

/** `F.func2` → `F.func*`, `F.func1.1` → `F.func*.*`, `F.gowrap3` → `F.gowrap*`: the compiler's numbers, which shift. */
export function wildcardClosures(func: string): string {
  return baseFuncName(func)
    .replace(/\.(func|gowrap|deferwrap)\d+/g, '.$1*')
    .replace(/\.\d+(?=\.|$)/g, '.*');
}

/**
 * What a version 2 site can be matched on: the allocating package and
 * function (closure numbers wildcarded), kind and subject, and for an
 * inlined copy the origin's package and function too.
 */
function siteClass(pkg: string, func: string, kind: string, subject: string, origin: { pkg: string; func: string } | undefined): string {
  const own = [pkg, wildcardClosures(func), kind, normalizeSubject(subject)].join('|');
  return origin ? `${own}@${origin.pkg}|${wildcardClosures(origin.func)}` : own;
}

/** Version 2: sites matched by class; a class with no more sites than recorded is accepted whole. */
function matchByClass(b: Baseline, gs: GateSites, analysed: ReadonlySet<string>): BaselineMatch {
  const recorded = new Map<string, BaselineSite[]>();
  for (const e of b.sites) {
    // A version 2 origin key starts `pkg|func|`; a copy's key differs from its origin's.
    const [opkg = '', ofunc = ''] = e.origin.split('|');
    const k = siteClass(e.pkg, e.func, e.kind, e.subject, e.key !== e.origin ? { pkg: opkg, func: ofunc } : undefined);
    const list = recorded.get(k);
    if (list) list.push(e);
    else recorded.set(k, [e]);
  }
  const current = new Map<string, GateSite[]>();
  for (const s of gs.sites) {
    const { site } = s;
    const k = siteClass(site.pkg, site.func, site.kind, site.origin.subject, site.copy ? { pkg: site.origin.pkg, func: site.origin.func } : undefined);
    const list = current.get(k);
    if (list) list.push(s);
    else current.set(k, [s]);
  }
  const known = new Set<GateSite>();
  const unsure: UnsureClass[] = [];
  const removed: BaselineSite[] = [];
  for (const [k, now] of current) {
    const was = recorded.get(k)?.length ?? 0;
    if (was === 0) continue;
    if (now.length <= was) for (const s of now) known.add(s);
    else {
      // Left to the one violation of the class, not one per site.
      for (const s of now) known.add(s);
      unsure.push({ fresh: now.length - was, candidates: now });
    }
  }
  for (const [k, was] of recorded) {
    const now = current.get(k)?.length ?? 0;
    // Which of a class's entries are gone cannot be told either: the last ones by key stand for them.
    if (now < was.length)
      removed.push(
        ...[...was]
          .sort(byKey)
          .slice(now)
          .filter((e) => analysed.has(e.pkg)),
      );
  }
  return { has: (s) => known.has(s), unsure, removed: removed.sort(byKey), size: b.sites.length };
}

/**
 * Matches the current sites against a baseline. Version 3: by site key.
 * Version 2 (keys that shift): by class, see matchByClass.
 * Version 1 entries are heap escapes: each accepts every site of its escape,
 * found by the escape's key, or, for a key whose form has changed since
 * (closures, repeats on one line), by package, function, kind and subject,
 * one entry per escape. An entry of a pointer wrapper's escape (counted on
 * its own then) matches that escape, so it is not reported as gone.
 */
export function matchBaseline(b: Baseline, gs: GateSites, analysed: ReadonlySet<string>): BaselineMatch {
  const { sites } = gs;
  const matched = new Set<BaselineSite>();
  if (b.fromVersion === 2) return matchByClass(b, gs, analysed);
  if (b.fromVersion !== 1) {
    const byKeys = new Map(b.sites.map((e) => [e.key, e]));
    const current = new Set<string>();
    for (const s of sites) current.add(s.site.key);
    const removed = b.sites.filter((e) => analysed.has(e.pkg) && !current.has(e.key));
    return { has: (s) => byKeys.has(s.site.key), unsure: [], removed, size: b.sites.length };
  }
  // Version 1 counted a pointer wrapper's escape on its own: it matches its entry (and has no site to accept).
  const origins = [...new Set(sites.map((s) => s.site.origin)), ...gs.wrappers.keys()];
  const accepted = new Set<string>();
  const byOrigin = new Map(b.sites.map((e) => [e.origin, e]));
  const rest: typeof origins = [];
  for (const o of origins) {
    const e = byOrigin.get(o.key);
    if (e && !matched.has(e)) {
      matched.add(e);
      accepted.add(o.key);
    } else rest.push(o);
  }
  const fields = (x: { pkg: string; func: string; kind: string; subject: string }) => `${x.pkg}\n${x.func}\n${x.kind}\n${x.subject}`;
  const unmatched = new Map<string, BaselineSite[]>();
  for (const e of b.sites) {
    if (matched.has(e)) continue;
    const k = fields(e);
    unmatched.set(k, [...(unmatched.get(k) ?? []), e]);
  }
  for (const o of rest) {
    const e = unmatched.get(fields(o))?.shift();
    if (!e) continue;
    matched.add(e);
    accepted.add(o.key);
  }
  const removed = b.sites.filter((e) => analysed.has(e.pkg) && !matched.has(e));
  return {
    has: (s) => accepted.has(s.site.origin.key),
    unsure: [],
    removed,
    size: sites.filter((s) => accepted.has(s.site.origin.key)).length + removed.length,
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
