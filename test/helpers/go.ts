import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GoEnv, ListedPackage } from '../../src/toolchain/go-list.js';

/** Fails loudly (not a silent skip) when the real go is missing: e2e tests need it. */
export function requireGo(): string {
  try {
    return execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('end-to-end tests need the real go on PATH (https://go.dev/dl); none was found');
  }
}

/** Whether GOTOOLCHAIN=go1.27.3 can be used (fetched through the module proxy on first use). */
export function hasToolchain(version: string): boolean {
  try {
    return execFileSync('go', ['env', 'GOVERSION'], { encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: version } }).trim() === version;
  } catch {
    return false;
  }
}

export const DEMO = new URL('../../../examples/demo/', import.meta.url).pathname;

/** What go list says of the demo's packages (the fields the analysis reads), as the compile would be told. */
export function demoListed(): ListedPackage[] {
  return ['internal/noescape', 'escapes', 'cmd/demo'].map((rel) => {
    const Dir = join(DEMO, rel);
    return { ImportPath: `example.com/demo/${rel}`, Dir, GoFiles: readdirSync(Dir).filter((f) => f.endsWith('.go') && !f.endsWith('_test.go')) };
  });
}

export interface Want {
  file: string;
  line: number;
  kind: string;
  subject: string;
  cause?: string;
}

/** The `// want: kind subject [cause=c]; …` expectations in the demo's Go files. */
export function demoWants(root = DEMO): Want[] {
  const wants: Want[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.go')) {
        const rel = p.slice(root.length).replace(/^\//, '');
        readFileSync(p, 'utf8')
          .split('\n')
          .forEach((text, i) => {
            const m = /\/\/ want: (.*)$/.exec(text);
            if (!m) return;
            for (const part of m[1]!.split('; ')) {
              const w = /^(\S+) ("[^"]*"|\S+)(?: cause=(\S+))?$/.exec(part.trim());
              if (!w) throw new Error(`bad want in ${rel}:${i + 1}: ${part}`);
              const want: Want = { file: rel, line: i + 1, kind: w[1]!, subject: w[2]!.replace(/^"|"$/g, '') };
              if (w[3]) want.cause = w[3];
              wants.push(want);
            }
          });
      }
    }
  };
  walk(root);
  return wants;
}

/** The `go env` a recorded compile is replayed with: linux/amd64, the module at `moduleDir`, no workspace, flags or module cache. */
export function recordedGoEnv(version: string, moduleDir: string, goroot = '/usr/local/go'): GoEnv {
  return {
    GOVERSION: version,
    GOOS: 'linux',
    GOARCH: 'amd64',
    GOROOT: goroot,
    GOMOD: join(moduleDir, 'go.mod'),
    GOWORK: '',
    GOFLAGS: '',
    GOMODCACHE: '',
    GOEXPERIMENT: '',
    GOTOOLCHAIN: 'local',
  } as GoEnv;
}
