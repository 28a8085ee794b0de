/**
 * The compiler's bounds-check report (`-d=ssa/check_bce/debug=1`), read
 * from go's stderr: `file:line:col: Found IsInBounds` (an index) and
 * `Found IsSliceInBounds` (a slice expression), under each package's
 * `# pkg` header. Pure. Positions are innermost: a check in inlined code
 * is at the callee's line. Every other line is kept, verbatim.
 */

export interface ParsedBoundsCheck {
  /** The `# pkg` header it was printed under (`p`, `p [p.test]`). */
  pkg: string;
  /** As printed (relative to where go ran, absolute, or `$GOROOT/…`). */
  file: string;
  line: number;
  column: number;
  check: 'index' | 'slice';
}

export interface BoundsReport {
  checks: ParsedBoundsCheck[];
  /** Lines that are neither a header nor a check (go's own messages, compiler errors), verbatim. */
  other: string[];
}

const CHECK_RE = /^(.+?):(\d+):(\d+): Found (IsInBounds|IsSliceInBounds)$/;

export function parseBoundsChecks(stderr: string): BoundsReport {
  const out: BoundsReport = { checks: [], other: [] };
  let pkg = '';
  for (const line of stderr.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('# ')) {
      pkg = line.slice(2);
      continue;
    }
    const m = CHECK_RE.exec(line);
    if (m) out.checks.push({ pkg, file: m[1]!, line: Number(m[2]), column: Number(m[3]), check: m[4] === 'IsInBounds' ? 'index' : 'slice' });
    else out.other.push(line);
  }
  return out;
}
