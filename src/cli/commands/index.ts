import type { Command } from '../command.js';
import { analyze } from './analyze.js';
import { explain } from './explain.js';
import { baseline } from './baseline.js';
import { check } from './check.js';
import { diff } from './diff.js';
import { bench } from './bench.js';
import { profile } from './profile.js';
import { report } from './report.js';

/** Every subcommand, in help order. Adding a command: one file in this folder and one line here. */
export const COMMANDS: Command[] = [analyze, explain, check, baseline, diff, report, bench, profile];
