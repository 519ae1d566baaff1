/**
 * A cell text as a message shows it. Separate-column layouts keep the cells of a target in `raw` with tabs between
 * them (`定量指标\t≥3200\t人`), which is right for the data and wrong for a display string: the cells are shown
 * with a space.
 *
 * @param raw - a `raw` text as read
 * @returns the text with no tab
 */
export function displayText(raw: string): string {
  return raw.includes('\t') ? raw.replace(/\t+/g, ' ').trim() : raw;
}
