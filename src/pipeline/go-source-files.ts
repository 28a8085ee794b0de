/**
 * Where the source of a package is, for the declarations classification
 * reads (analyze/go-types.ts): the packages go listed, the standard
 * library under GOROOT, and the main module's other packages. Packages
 * found nowhere else (a dependency's, not listed) have no source here, and
 * what depends on them stays undecided.
 */
import { readdirSync } from 'node:fs';
import type { GoSourceFiles } from '../analyze/go-types.js';
import type { PathNormalizer } from '../analyze/paths.js';

export interface SourceFilesContext {
  paths: PathNormalizer;
  /** Import path → normalised directory, of the packages go listed. */
  packageDirs: Map<string, string>;
  /** Normalised directory → its packages' Go files (normalised). */
  filesByDir: Map<string, Set<string>>;
  /** The main module's path and its directory on disk, when there is one. */
  mainModule?: { path: string; dir: string };
  /** Import path → package name, from go list. */
  packageNames?: ReadonlyMap<string, string>;
  readSource(absPath: string): Buffer | undefined;
}

export function goSourceFiles(ctx: SourceFilesContext): GoSourceFiles {
  const listedDirs = new Map<string, string[] | undefined>();
  const dirFiles = (abs: string): string[] | undefined => {
    let names = listedDirs.get(abs);
    if (!listedDirs.has(abs)) {
      try {
        names = readdirSync(abs)
          .filter((n) => n.endsWith('.go') && !n.endsWith('_test.go'))
          .sort()
          .map((n) => ctx.paths.normalize(`${abs}/${n}`));
      } catch {
        names = undefined;
      }
      listedDirs.set(abs, names);
    }
    return names;
  };
  return {
    ...(ctx.packageNames ? { packageNames: ctx.packageNames } : {}),
    packageFiles(importPath) {
      // The standard library imports its vendored packages without the `vendor/` its import paths have.
      const dir = ctx.packageDirs.get(importPath) ?? ctx.packageDirs.get(`vendor/${importPath}`);
      const listed = dir !== undefined ? ctx.filesByDir.get(dir) : undefined;
      if (listed && listed.size > 0) return [...listed];
      const m = ctx.mainModule;
      if (m && (importPath === m.path || importPath.startsWith(`${m.path}/`))) return dirFiles(`${m.dir}${importPath.slice(m.path.length)}`);
      // A standard package: no dot in the first path element.
      if (!importPath.split('/')[0]!.includes('.')) {
        const abs = ctx.paths.absolute(`$GOROOT/src/${importPath}`);
        return abs ? dirFiles(abs) : undefined;
      }
      if (importPath.startsWith('golang.org/x/')) {
        // A package std vendors, imported from std (the path a std file writes).
        const abs = ctx.paths.absolute(`$GOROOT/src/vendor/${importPath}`);
        const files = abs ? dirFiles(abs) : undefined;
        if (files && files.length > 0) return files;
      }
      return undefined;
    },
    fileBytes(file) {
      const abs = ctx.paths.absolute(file);
      return abs ? ctx.readSource(abs) : undefined;
    },
  };
}
