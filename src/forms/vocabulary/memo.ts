/** How many keys a memo keeps before it starts again: bounded memory for any number of documents. */
const MEMO_SIZE = 4096;

/**
 * A pure function of a label key, remembered: each recogniser asks the vocabulary of the same keys (`预算情况`,
 * `产出指标`, `单位名称`) in every row it passes and every document it reads, and some answers need a search or
 * a replace. The memo is cleared when it holds {@link MEMO_SIZE} keys, so it never grows without bound.
 */
export function byKey<T>(f: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key: string): T => {
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as T;
    if (memo.size >= MEMO_SIZE) memo.clear();
    const value = f(key);
    memo.set(key, value);
    return value;
  };
}
