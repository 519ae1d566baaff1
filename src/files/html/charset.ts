import type { TableEncoding } from 'jixiao';

/** Names a page may declare for the encodings the table decoder reads (WHATWG labels, as browsers take them). */
const LABELS: Readonly<Record<string, TableEncoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  gb18030: 'gb18030',
  'gb_2312-80': 'gb18030',
  chinese: 'gb18030',
  'csgb2312': 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  'iso-ir-58': 'gb18030',
  // Pages that say ASCII or Latin-1 but hold Chinese are GBK or UTF-8 in practice: the bytes decide.
  'us-ascii': 'utf-8',
  'iso-8859-1': 'utf-8',
};

/**
 * The charset a page declares in its first 1024 bytes (`<meta charset="gbk">` or `<meta http-equiv="Content-Type"
 * content="text/html; charset=gb2312">`), as browsers prescan it: the encoding it names, the label when the
 * decoder does not read it (`big5`), or null when the page declares none.
 */
export function declaredCharset(bytes: Uint8Array): { readonly label: string; readonly encoding: TableEncoding | null } | null {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/iu.exec(head);
  if (m === null) return null;
  const label = (m[1] as string).toLowerCase();
  return { label, encoding: LABELS[label] ?? null };
}
