import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRA_FIELD_LABELS, FIELDS } from '../../src/forms/vocabulary/fields';
import { FUNDS_BLOCK_LABELS, FUNDS_COLUMN_WORDS, FUNDS_LINE_WORDS, PAIR_TOTAL } from '../../src/forms/vocabulary/funds';
import { INDICATOR_COLUMN_WORDS } from '../../src/forms/vocabulary/indicator-columns';
import { DUTY_LABELS, GOAL_LABELS, GRADE_WORDS, HEADCOUNT_LABELS, HEADINGS, KEY_TASK_LABELS, NOTE_LABELS, SIGN_OFF_LABELS, SIGN_OFF_WORDS, TOTAL_LABELS } from '../../src/forms/vocabulary/sections';

// docs/importing.md lists every word the reader knows: a word added to the vocabulary and not to the guide fails here.

const guide = readFileSync(join(__dirname, '..', '..', 'docs', 'importing.md'), 'utf8');
const section = guide.slice(guide.indexOf('## Vocabulary'), guide.indexOf('\n## ', guide.indexOf('## Vocabulary') + 1));

const VOCABULARY: Record<string, readonly string[]> = {
  'header fields': FIELDS.flatMap((f) => f.labels),
  'extra field labels': EXTRA_FIELD_LABELS,
  'indicator columns': INDICATOR_COLUMN_WORDS.flatMap((r) => [...(r.words ?? []), ...(r.contains ?? [])]),
  'indicator roles': INDICATOR_COLUMN_WORDS.map((r) => r.role),
  'budget block labels': FUNDS_BLOCK_LABELS,
  'budget columns': FUNDS_COLUMN_WORDS.flatMap((r) => r.contains),
  'budget lines': FUNDS_LINE_WORDS.flatMap((r) => r.contains),
  'pair totals': [...PAIR_TOTAL],
  goals: GOAL_LABELS.map((g) => g.key),
  duties: [...DUTY_LABELS],
  'key tasks': [...KEY_TASK_LABELS],
  headcount: [...HEADCOUNT_LABELS.headcount, ...HEADCOUNT_LABELS.internalDepartments],
  totals: [...TOTAL_LABELS],
  grades: [...GRADE_WORDS],
  headings: [...HEADINGS],
  'sign-off': [...SIGN_OFF_LABELS, ...SIGN_OFF_WORDS],
  notes: NOTE_LABELS,
};

describe('docs/importing.md lists the vocabulary', () => {
  it('has a Vocabulary section', () => {
    expect(section.length).toBeGreaterThan(1000);
  });
  for (const [what, words] of Object.entries(VOCABULARY)) {
    it(`lists every word of ${what}`, () => {
      expect(words.length).toBeGreaterThan(0);
      expect(words.filter((w) => !section.includes(`\`${w}\``))).toEqual([]);
    });
  }
});
