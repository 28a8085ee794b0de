/** What the profile join reads from the packages' source: the lines of their package-level variables (init-lines.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageVarLines } from '../parse/init-lines.js';
import type { ListedPackage } from '../toolchain/go-list.js';

/** Package → file (mapped by `mapFile` from its absolute path) → its package-level `var` lines; unreadable files are left out. */
export function packageVarsOf(packages: readonly ListedPackage[], mapFile: (file: string) => string): Map<string, Map<string, [number, number][]>> {
  const out = new Map<string, Map<string, [number, number][]>>();
  const add = (pkg: string, dir: string, files: readonly string[] | undefined) => {
    for (const f of files ?? []) {
      let src: Buffer;
      try {
        src = readFileSync(join(dir, f));
      } catch {
        continue;
      }
      const ranges = packageVarLines(src);
      if (ranges.length === 0) continue;
      let m = out.get(pkg);
      if (!m) out.set(pkg, (m = new Map()));
      m.set(mapFile(join(dir, f)), ranges);
    }
  };
  for (const p of packages) {
    if (p.Error || !p.Dir) continue;
    add(p.ImportPath, p.Dir, [...(p.GoFiles ?? []), ...(p.CgoFiles ?? []), ...(p.TestGoFiles ?? [])]);
    add(`${p.ImportPath}_test`, p.Dir, p.XTestGoFiles);
  }
  return out;
}
