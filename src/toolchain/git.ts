/**
 * The only code that runs `git`: find the repository, resolve revisions, and
 * check revisions out into temporary worktrees that are removed afterwards,
 * also when goescape is interrupted (processes.ts). Argv arrays only, never a shell.
 */
import { execFile, execFileSync } from 'node:child_process';
import { realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GoescapeError } from '../errors.js';
import { makeTempDir, onStop, removeTempDir } from './processes.js';

export interface GitResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function git(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((resolveP, reject) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new GoescapeError('GIT_FAILED', 'git was not found on PATH; install git to use goescape diff'));
        return;
      }
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolveP({ exitCode: code, stdout, stderr });
    });
  });
}

async function gitOk(args: string[], cwd: string, what: string): Promise<string> {
  const r = await git(args, cwd);
  if (r.exitCode !== 0) {
    const why = r.stderr.trim().split('\n')[0] || `exit code ${r.exitCode}`;
    throw new GoescapeError('GIT_FAILED', `${what}: git ${args.join(' ')} failed: ${why}`);
  }
  return r.stdout;
}

/** The top-level directory of the repository containing `cwd` (real path). */
export async function repoRoot(cwd: string): Promise<string> {
  const r = await git(['rev-parse', '--show-toplevel'], cwd);
  if (r.exitCode !== 0) throw new GoescapeError('GIT_FAILED', `${cwd} is not inside a git repository; goescape diff compares git revisions`);
  return realpathSync(r.stdout.trim());
}

/** The commit a revision names (`HEAD~1`, a branch, a tag) as a full hash. */
export async function resolveRev(repo: string, rev: string): Promise<string> {
  if (rev.startsWith('-')) throw new GoescapeError('USAGE', `"${rev}" is not a revision`);
  const r = await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], repo);
  if (r.exitCode !== 0)
    throw new GoescapeError('GIT_FAILED', `unknown revision "${rev}"; check the name (git log --oneline) and that it was fetched (in CI: fetch-depth: 0)`);
  return r.stdout.trim();
}

/**
 * Temporary worktrees of one repository; `dispose` (idempotent, synchronous)
 * removes them all. When goescape stops (interrupted), they are removed too.
 */
export class Worktrees {
  readonly dir: string;
  private readonly paths: string[] = [];
  private disposed = false;
  /** `git worktree add` calls still running: stopping waits for them, else they would recreate what dispose removed. */
  private readonly adding = new Set<Promise<unknown>>();
  private readonly unregister: () => void;

  constructor(private readonly repo: string) {
    this.dir = makeTempDir('diff');
    this.unregister = onStop(async () => {
      await Promise.allSettled([...this.adding]);
      this.dispose();
    });
  }

  /** Checks out `commit` (detached) into a new worktree; returns its path. */
  async add(commit: string, name: string): Promise<string> {
    const path = join(this.dir, name);
    this.paths.push(path);
    const adding = gitOk(['worktree', 'add', '--detach', '--quiet', path, commit], this.repo, `checking out ${commit.slice(0, 12)}`);
    this.adding.add(adding);
    try {
      await adding;
    } finally {
      this.adding.delete(adding);
    }
    return path;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.unregister();
    for (const p of this.paths) {
      try {
        execFileSync('git', ['worktree', 'remove', '--force', p], { cwd: this.repo, stdio: 'ignore' });
      } catch {
        // Not registered (add failed half-way) or already gone: the prune below tidies up.
      }
    }
    try {
      // A checkout still being written (Ctrl-C during `worktree add`) can make
      // one pass fail with ENOTEMPTY: retry, and never throw from a signal handler.
      rmSync(this.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    } catch {
      // Best effort: what is left is in the system temp directory.
    }
    removeTempDir(this.dir);
    try {
      execFileSync('git', ['worktree', 'prune'], { cwd: this.repo, stdio: 'ignore' });
    } catch {
      // Best effort.
    }
  }
}
