/**
 * The name a Go package is used under when its import path is all that is
 * known: the path's last element, the element before it for a major
 * version suffix (`/v5`), without a `go-` prefix, up to the first
 * character that cannot be in an identifier (`yaml.v3`, `go-isatty`). This
 * is the convention goimports and gopls assume; the package clause may
 * say otherwise, so callers use the real name (go list's `Name`, the
 * source's package clause) where they have it and this only as a fallback.
 */
export function packageNameGuess(importPath: string): string {
  const parts = importPath.split('/');
  let base = parts[parts.length - 1]!;
  if (/^v\d+$/.test(base) && parts.length > 1) base = parts[parts.length - 2]!;
  if (base.startsWith('go-')) base = base.slice(3);
  const m = /^[\p{L}\p{N}_]*/u.exec(base);
  return m ? m[0] : base;
}

/** The names import paths are used under: the real ones where known, else the guess. */
export type PackageNames = ReadonlyMap<string, string>;

/** A package's name: from `known` (go list, package clauses), else guessed from its path. */
export function packageName(importPath: string, known?: PackageNames): string {
  return known?.get(importPath) || packageNameGuess(importPath);
}
