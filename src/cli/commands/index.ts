import type { Command } from '../io';
import { schemaCommand } from './schema';

/** Every command of the `jixiao` CLI, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [schemaCommand];
