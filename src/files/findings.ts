import { cellAddress } from 'jixiao';
import type { Finding, GridSource } from 'jixiao';
import { filesMessages } from '../i18n/messages/files';

export const M = filesMessages;

/** A finding about one cell: its row and column in the container, and its address (`Sheet1!C12`). */
export function atCell(f: Finding, source: GridSource, row: number, column: number): Finding {
  return { ...f, line: row, column, cell: cellAddress(source, row, column) };
}

/** The finding, marked with the index of the grid it is about among those `readTable` returns. */
export function ofGrid(f: Finding, grid: number): Finding {
  return { ...f, data: { ...f.data, grid } };
}

/** An error's message, for a finding's text. */
export function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
