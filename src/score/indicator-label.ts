/**
 * How a message names an indicator: its name, else its second tier (the seed's 投入管理 rows have no name), else
 * its place (`#3`, the key actuals use), so that no message shows an empty `“”`.
 *
 * @param indicator - the indicator's tier-2 label and name
 * @param index - its index in the document, when known
 * @returns the label
 */
export function indicatorLabel(indicator: { readonly tier2: string; readonly name: string }, index?: number): string {
  if (indicator.name.trim() !== '') return indicator.name;
  if (indicator.tier2.trim() !== '') return indicator.tier2;
  return index === undefined ? '#?' : `#${index}`;
}
