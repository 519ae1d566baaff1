import type JSZip from 'jszip';

/**
 * The built-in number formats a workbook names by id alone, whose code depends on the locale of the Excel that
 * shows them (ECMA-376 §18.8.30): as Excel in China shows them. Id 14 is the short date, 22 the short date and
 * time; 27–36 and 50–58 are the East Asian date and time formats.
 */
const ZH_CN: Readonly<Record<number, string>> = {
  14: 'yyyy/m/d',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

const escape = (s: string): string => s.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

/** The ids of the number formats a stylesheet defines (`numFmt`) and those its cell formats use (`xf`). */
async function formatIds(xml: string): Promise<{ defined: Set<number>; used: Set<number> }> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser();
  const defined = new Set<number>();
  const used = new Set<number>();
  let inCellXfs = 0;
  const local = (name: string): string => name.slice(name.indexOf(':') + 1);
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    const id = Number(tag.attributes['numFmtId']);
    if (name === 'cellXfs') inCellXfs++;
    else if (name === 'numFmt' && Number.isInteger(id)) defined.add(id);
    else if (name === 'xf' && inCellXfs > 0 && Number.isInteger(id)) used.add(id);
  });
  parser.on('closetag', (tag) => {
    if (local(tag.name) === 'cellXfs') inCellXfs--;
  });
  parser.write(xml).close();
  return { defined, used };
}

/**
 * The workbook's bytes with the locale-dependent built-in formats its cells use written out as the formats
 * Excel in China shows, so that exceljs, which knows them only by their ECMA-376 defaults (or, for 27–36 and
 * 50–58, not at all), gives their codes: a cell formatted with id 31 then reads `2024年12月31日`, not the serial
 * number 45657. The same bytes when no cell uses one.
 */
export async function withBuiltinFormats(bytes: Uint8Array, zip: JSZip): Promise<Uint8Array> {
  const file = zip.file('xl/styles.xml');
  if (file === null) return bytes;
  const xml = await file.async('string');
  const { defined, used } = await formatIds(xml);
  const missing = [...used].filter((id) => ZH_CN[id] !== undefined && !defined.has(id)).sort((a, b) => a - b);
  if (missing.length === 0) return bytes;
  const root = /<([A-Za-z_][\w.-]*:)?styleSheet\b[^>]*>/u.exec(xml);
  if (root === null) return bytes;
  const p = root[1] ?? '';
  const formats = missing.map((id) => `<${p}numFmt numFmtId="${id}" formatCode="${escape(ZH_CN[id] as string)}"/>`).join('');
  const close = xml.indexOf(`</${p}numFmts>`);
  const patched =
    close >= 0 ? xml.slice(0, close) + formats + xml.slice(close) : xml.slice(0, root.index + root[0].length) + `<${p}numFmts count="${missing.length}">${formats}</${p}numFmts>` + xml.slice(root.index + root[0].length);
  zip.file('xl/styles.xml', patched);
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
