/**
 * Allocation sites: where a heap finding's value is allocated. The origin
 * of an escape is where the fix goes (the function the compiler analyzed);
 * a site is a function whose machine code allocates: the origin's own code,
 * and every function the origin's code was inlined into (its inlined
 * copies). Counting fixes uses findings; the gate, the baseline, `diff`,
 * verification and the profile join use sites.
 */
import type { Finding, InlinedSite, InlineStep, Verification } from './finding.js';
import type { FindingKind } from './kinds.js';
import { isHeapKind } from './kinds.js';
import type { SourcePos } from './position.js';

export interface AllocationSite {
  /** Stable identity: the origin's key for its own code, the origin's key and the inline path for a copy. */
  key: string;
  /** The finding whose value is allocated here. */
  origin: Finding;
  /** Package and function whose machine code allocates. */
  pkg: string;
  func: string;
  /** Where, in that function's own code: the call that inlined the origin's code, or the origin's position. */
  pos: SourcePos;
  /** For a copy: the inlined calls from `func` down to the origin's function, outermost first (empty when not known). */
  inline: InlineStep[];
  /** The verdict here (a copy may differ from its origin). */
  kind: FindingKind;
  verification?: Verification;
  /** True for an inlined copy. */
  copy: boolean;
}

/** A heap finding's sites: its own code first, then each inlined copy the compiler kept on the heap, in position order. */
export function allocationSites(f: Finding): AllocationSite[] {
  if (!isHeapKind(f.kind)) return [];
  const own: AllocationSite = { key: f.key, origin: f, pkg: f.pkg, func: f.func, pos: f.pos, inline: [], kind: f.kind, copy: false };
  if (f.verification) own.verification = f.verification;
  const out = [own];
  for (const s of f.inlinedSites ?? []) {
    if (!isHeapKind(s.kind)) continue;
    const site: AllocationSite = {
      key: s.key ?? `${f.key}@${s.pkg}|${s.func ?? ''}`,
      origin: f,
      pkg: s.pkg,
      func: s.func ?? '',
      pos: s.pos,
      inline: s.inline ?? [],
      kind: s.kind,
      copy: true,
    };
    if (s.verification) site.verification = s.verification;
    out.push(site);
  }
  return out;
}

/**
 * A finding's inlined copies, told apart: for an escape (on the heap or
 * not), `heap` counts the copies the compiler kept on the heap and `other`
 * those it did not (a closure that escapes where it is defined can stay on
 * the stack where it is inlined); a leak's copies are repeats of the same
 * fact, all `heap: 0`.
 */
export function inlinedCopyCounts(f: Finding): { heap: number; other: number } {
  let heap = 0;
  let other = 0;
  for (const s of f.inlinedSites ?? []) {
    if (isHeapKind(s.kind)) heap++;
    else other++;
  }
  return { heap, other };
}

/** The copies a report lists first: an escape's heap copies (then the rest), a leak's repeats as they are. */
export function copiesHeapFirst(f: Finding): InlinedSite[] {
  const sites = f.inlinedSites ?? [];
  return [...sites.filter((s) => isHeapKind(s.kind)), ...sites.filter((s) => !isHeapKind(s.kind))];
}
