import type { Command } from '../command.js';
import { analyze } from './analyze.js';

/** Every subcommand, in help order. Adding a command: one file in this folder and one line here. */
export const COMMANDS: Command[] = [analyze];
