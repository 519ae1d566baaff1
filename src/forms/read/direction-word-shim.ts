// TEMPORARY (lead, issue 9): replaced by the notation stage's parseDirectionWord when the notation branch lands.
const WORDS: Readonly<Record<string, 'higher-is-better' | 'lower-is-better' | 'qualitative'>> = {
  正向: 'higher-is-better',
  正向指标: 'higher-is-better',
  反向: 'lower-is-better',
  反向指标: 'lower-is-better',
  逆向: 'lower-is-better',
  定性: 'qualitative',
};
export function parseDirectionWord(text: string): 'higher-is-better' | 'lower-is-better' | 'qualitative' | null {
  return WORDS[text.replace(/\s+/gu, '')] ?? null;
}
