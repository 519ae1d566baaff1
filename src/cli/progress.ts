import { displayWidth, fit } from './columns';
import type { Terminal } from './io';

/** A progress bar on one terminal line. */
export interface Progress {
  /** `done` of the total are done; `label` names the one in hand. Draws only once the run has taken `delayMs`. */
  readonly update: (done: number, label?: string) => void;
  /** Erases the bar (before other output, and at the end); the next update draws it again. */
  readonly clear: () => void;
}

/** A progress bar that draws nothing: for runs without a terminal, or with `--quiet`. */
export const NO_PROGRESS: Progress = { update: () => undefined, clear: () => undefined };

const CLEAR_LINE = '\r\u001b[K';

/**
 * A progress bar for `total` steps on a terminal: silent for the first `delayMs` (a run that short needs none),
 * then redrawn at most every `intervalMs`, and always for the last step.
 */
export function progressBar(
  total: number,
  terminal: Terminal,
  now: () => number,
  { delayMs = 1000, intervalMs = 100 }: { readonly delayMs?: number; readonly intervalMs?: number } = {},
): Progress {
  const start = now();
  let drawnAt: number | null = null;
  let shown = false;
  return {
    update(done, label = '') {
      const t = now();
      if (t - start < delayMs) return;
      if (drawnAt !== null && t - drawnAt < intervalMs && done < total) return;
      drawnAt = t;
      shown = true;
      const count = `${done}/${total}`;
      const percent = `${total === 0 ? 100 : Math.floor((100 * done) / total)}%`;
      const width = Math.max(10, Math.min(30, terminal.columns - count.length - percent.length - 20));
      const filled = total === 0 ? width : Math.round((width * done) / total);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count} ${percent}`;
      // One column short of the width: a full line would wrap on some terminals.
      const room = terminal.columns - displayWidth(bar) - 2;
      terminal.write(`${CLEAR_LINE}${bar}${room > 1 && label !== '' ? ` ${fit(label, room)}` : ''}`);
    },
    clear() {
      if (shown) terminal.write(CLEAR_LINE);
      shown = false;
    },
  };
}
