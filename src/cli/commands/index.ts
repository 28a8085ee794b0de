import type { Command } from '../command.js';

/** A subcommand as help lists it; its module is loaded only when it runs (startup time). */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** Every subcommand, in help order. Adding a command: one file in this folder and one line here. */
export const COMMANDS: CommandEntry[] = [
  {
    name: 'analyze',
    summary: 'every escape and inlining decision of the Go compiler, as text or JSON',
    load: async () => (await import('./analyze.js')).analyze,
  },
  {
    name: 'explain',
    summary: 'why a value goes to the heap: its flow chain, root cause and the fix',
    load: async () => (await import('./explain.js')).explain,
  },
  {
    name: 'check',
    summary: 'CI gate: fail on new heap escapes (baseline ratchet), noescape directives, budgets',
    load: async () => (await import('./check.js')).check,
  },
  {
    name: 'baseline',
    summary: "record today's heap escapes (by stable key) for the check ratchet",
    load: async () => (await import('./baseline.js')).baseline,
  },
  { name: 'diff', summary: 'heap escapes added, removed and changed between two git revisions', load: async () => (await import('./diff.js')).diff },
  {
    name: 'report',
    summary: 'render a saved JSON result (goescape analyze --format json) as an HTML report',
    load: async () => (await import('./report.js')).report,
  },
  {
    name: 'bench',
    summary: 'run Go benchmarks with -benchmem: medians with 95% CI, before/after with Mann–Whitney p-values, GC cost, heap profile join',
    load: async () => (await import('./bench.js')).bench,
  },
  {
    name: 'profile',
    summary: 'join a Go heap profile (-memprofile) to the static heap findings: observed vs predicted',
    load: async () => (await import('./profile.js')).profile,
  },
];
