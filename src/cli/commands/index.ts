import type { Command } from '../io';
import { checkCommand } from './check';
import { convertCommand } from './convert';
import { demoCommand } from './demo';
import { inspectCommand } from './inspect';
import { monitorCommand } from './monitor';
import { reviewCommand } from './review';
import { schemaCommand } from './schema';
import { scoreCommand } from './score';

/** Every command of the `jixiao` CLI, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [inspectCommand, convertCommand, checkCommand, scoreCommand, reviewCommand, monitorCommand, demoCommand, schemaCommand];
