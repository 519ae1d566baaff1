import type { AppropriationMode } from '../../model/unit-declaration';

/** 全额 → full, 差额 → partial, 自收自支 → self-funded; null for anything else. */
export function appropriationModeOf(text: string): AppropriationMode | null {
  if (text.includes('自收自支')) return 'self-funded';
  if (text.includes('差额')) return 'partial';
  if (text.includes('全额')) return 'full';
  return null;
}

/** The word a table writes for an appropriation mode. */
export const APPROPRIATION_WORD: Record<AppropriationMode, string> = { full: '全额', partial: '差额', 'self-funded': '自收自支' };
