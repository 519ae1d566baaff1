/**
 * Where line `n + 1` of a text starts (the index just after its `n`-th line break: `\r\n`, `\n` or `\r`), or -1
 * when the text has no more than `n` lines. Line 1 starts at 0.
 */
export function lineStart(text: string, n: number): number {
  if (n <= 0) return 0;
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    if (++breaks === n) return i + 1 < text.length ? i + 1 : -1;
  }
  return -1;
}
