import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reconcileBudget } from 'jixiao';
import { chizhouTangxi2022, nanyue2018, seed, tianchang2022 } from 'jixiao/testing';
import { FIXTURES, renderFixtures } from '../../scripts/write-fixtures';

describe('typed fixtures (src/testing/fixtures.ts)', () => {
  it('are what the current table reader makes of the text fixtures: run `npm run fixtures` when this fails', () => {
    const written = readFileSync('src/testing/fixtures.ts', 'utf8');
    expect(written === renderFixtures(), 'src/testing/fixtures.ts is stale: run `npm run fixtures`').toBe(true);
  });

  it('export the seed and each real sample, of their kinds', () => {
    expect(FIXTURES.map((f) => f.name)).toEqual(['seed', 'nanyue2018', 'tianchang2022', 'chizhouTangxi2022']);
    expect([seed.kind, nanyue2018.kind, tianchang2022.kind, chizhouTangxi2022.kind]).toEqual(['unit-declaration', 'project-declaration', 'self-evaluation', 'self-evaluation']);
    expect(seed.unitName).toBe('上海市闵行区老龄事业发展中心');
    expect(reconcileBudget(seed).ok).toBe(true);
    expect(tianchang2022.publishedTotal).toBe('100'); // SOURCES.md: published total 100
  });

  it('are frozen: a test that changes one throws instead of changing it for the next test', () => {
    expect(() => (seed.indicators as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (seed.budget as { total: string | null }).total = '0';
    }).toThrow(TypeError);
    expect(seed.budget.total).toBe('28963548.68');
  });
});
