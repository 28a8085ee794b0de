/** Numbers as reports print them: counts with their noun, byte sizes, shares, measurements. */

/** Plural-aware count: `1 heap escape`, `3 heap escapes`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A share 0..1 as a percentage with one decimal: `42.0%`. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A byte count in B, KiB, MiB or GiB, 4 significant digits. */
export function formatByteSize(v: number): string {
  const a = Math.abs(v);
  if (a >= 1 << 30) return `${sig(v / (1 << 30))} GiB`;
  if (a >= 1 << 20) return `${sig(v / (1 << 20))} MiB`;
  if (a >= 1 << 10) return `${sig(v / (1 << 10))} KiB`;
  return `${sig(v)} B`;
}

/** A measurement in a readable unit: ns/op as time, B/op in bytes (KiB/MiB), else 4 significant digits. */
export function formatUnitValue(v: number, unit: string): string {
  if (!Number.isFinite(v)) return String(v);
  if (unit === 'ns/op' || unit.endsWith('-ns/op')) {
    const a = Math.abs(v);
    if (a >= 1e9) return `${sig(v / 1e9)}s`;
    if (a >= 1e6) return `${sig(v / 1e6)}ms`;
    if (a >= 1e3) return `${sig(v / 1e3)}µs`;
    return `${sig(v)}ns`;
  }
  if (unit === 'B/op') return formatByteSize(v);
  return sig(v);
}

/** Integers below a million as they are, else 4 significant digits. */
function sig(v: number): string {
  if (v === 0) return '0';
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
  return Number(v.toPrecision(4)).toString();
}
