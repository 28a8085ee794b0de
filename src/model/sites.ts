/**
 * Allocation sites: where a heap finding's value is allocated. The origin
 * of an escape is where the fix goes (the function the compiler analyzed);
 * a site is a function whose machine code allocates: the origin's own code,
 * and every function the origin's code was inlined into (its inlined
 * copies). Counting fixes uses findings; the gate, the baseline, `diff`,
 * verification and the profile join use sites.
 */
import type { Finding, InlineStep, Verification } from './finding.js';
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
    const site: AllocationSite = { key: s.key ?? `${f.key}@${s.pkg}|${s.func ?? ''}`, origin: f, pkg: s.pkg, func: s.func ?? '', pos: s.pos, inline: s.inline ?? [], kind: s.kind, copy: true };
    if (s.verification) site.verification = s.verification;
    out.push(site);
  }
  return out;
}
