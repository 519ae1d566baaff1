import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { readForms, readTable } from '../../src/files/index';
import { recordingIo } from './helpers';
import { BROKEN_SELF_EVALUATION, sheetOf } from '../files/helpers';

// Every command that takes FILE reads workbooks, web pages and Word documents (test/fixtures/files); findings
// name the sheet and cell; `convert --to xlsx` and `score --out` write workbooks.

const FILES = 'test/fixtures/files';
const TIANCHANG = 'ah-tianchang-2022-project-self-evaluation';

describe('the CLI reads .xlsx, .html and .docx', () => {
  for (const ext of ['xlsx', 'html', 'docx']) {
    it(`inspect ${TIANCHANG}.${ext}: the same summary as the text, findings at cells`, async () => {
      const text = recordingIo();
      expect(await runCli(['inspect', `test/fixtures/${TIANCHANG}.txt`], text)).toBe(0);
      const file = recordingIo();
      expect(await runCli(['inspect', `${FILES}/${TIANCHANG}.${ext}`], file)).toBe(0);
      const out = file.stdout.join('\n');
      expect(out).toContain(ext === 'xlsx' ? '工作表 / sheet “自评表”' : '表格 / table 1');
      expect(out).toContain('项目 / project: 水旱灾害防御经费');
      // The same indicators and warnings, placed at cells instead of lines.
      const counts = (s: string) => s.split('\n').filter((l) => l.startsWith('指标') || l.startsWith('  产出') || l.startsWith('警告'));
      expect(counts(out)).toEqual(counts(text.stdout.join('\n')));
      expect(out).toMatch(ext === 'xlsx' ? /'自评表'!D13: \[notation\/operator-missing\]/u : /表格1 第13行第4列 \(table 1, row 13, column 4\): \[notation\/operator-missing\]/u);
    });
  }

  it('errors name the file, the sheet and the cell (申报表.xlsx Sheet1!C3)', async () => {
    const io = recordingIo({ files: { '申报表.xlsx': await sheetOf('Sheet1', BROKEN_SELF_EVALUATION) } });
    expect(await runCli(['check', '申报表.xlsx'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('申报表.xlsx Sheet1!C3: 错误 error money/space-inside');
  });

  it('a workbook of several sheets gives several documents; a hidden sheet and a sheet of notes are skipped (info)', async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, state] of [['一', 'visible'], ['说明', 'visible'], ['二', 'visible'], ['旧', 'hidden']] as const) {
      const ws = wb.addWorksheet(name, { state });
      const text = name === '说明' ? '填表说明：金额单位为万元' : readFileSync(`test/fixtures/${TIANCHANG}.txt`, 'utf8');
      text.split('\n').forEach((line, r) => line.split('\t').forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const io2 = recordingIo({ files: { 'all.xlsx': bytes } });
    expect(await runCli(['inspect', 'all.xlsx'], io2)).toBe(0);
    const out = io2.stdout.join('\n');
    expect(out.match(/^all\.xlsx 工作表 \/ sheet “[一二]”/gmu)).toEqual(['all.xlsx 工作表 / sheet “一”', 'all.xlsx 工作表 / sheet “二”']);
    expect(out).toContain('(+');
    // The findings about the file join its first document.
    const r = await readForms(bytes);
    expect(r.ok && r.value[0]?.warnings.filter((w) => w.code.startsWith('files/')).map((w) => w.message.en)).toEqual([
      'the sheet "旧" is hidden and was not read (hidden sheets mostly hold helper data)',
      'the sheet "说明" holds no declaration or self-evaluation the reader knows: skipped',
    ]);
  });

  it('an old .xls is refused with how to convert it (exit 1)', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from('Workbook', 'utf16le'), 512);
    const io = recordingIo({ files: { '旧表.xls': ole } });
    expect(await runCli(['inspect', '旧表.xls'], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/旧表\.xls: 错误 error files\/old-binary\n {2}这是旧版 Excel 工作簿 \(\.xls\)，无法直接读取。请用 Excel 或 WPS 打开，另存为/u);
  });
});

describe('jixiao convert --to xlsx, jixiao score --out', () => {
  it('convert writes FILE.xlsx (or --out), which reads back to the same document', async () => {
    const io = recordingIo();
    expect(await runCli(['convert', `test/fixtures/${TIANCHANG}.txt`, '--to', 'xlsx', '--out', 'out.xlsx'], io)).toBe(0);
    expect(io.stdout).toEqual(['已写入 / written: out.xlsx']);
    const json = recordingIo({ files: { 'out.xlsx': io.written.get('out.xlsx') as Uint8Array } });
    expect(await runCli(['convert', 'out.xlsx', '--to', 'json'], json)).toBe(0);
    const text = recordingIo();
    expect(await runCli(['convert', `test/fixtures/${TIANCHANG}.txt`, '--to', 'json'], text)).toBe(0);
    expect(json.stdout).toEqual(text.stdout);
    const named = recordingIo();
    expect(await runCli(['convert', `test/fixtures/${TIANCHANG}.txt`, '--to', 'xlsx'], named)).toBe(0);
    expect([...named.written.keys()]).toEqual([`test/fixtures/${TIANCHANG}.xlsx`]);
    const stdin = recordingIo({ stdin: readFileSync(`test/fixtures/${TIANCHANG}.txt`) });
    expect(await runCli(['convert', '-', '--to', 'xlsx'], stdin)).toBe(2);
    expect(stdin.stderr.join('')).toContain('--to xlsx 需要 --out F.xlsx');
  });

  it('score --out writes the scorecard workbook beside the printed scorecard', async () => {
    const io = recordingIo();
    expect(await runCli(['score', `test/fixtures/${TIANCHANG}.txt`, '--out', 'card.xlsx'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('已写入 / written: card.xlsx');
    // A scorecard of a workbook places its findings on the sheet's rows.
    const sheet = recordingIo();
    expect(await runCli(['score', `${FILES}/${TIANCHANG}.xlsx`], sheet)).toBe(0);
    expect(sheet.stdout.join('\n')).toContain(`${FILES}/${TIANCHANG}.xlsx 自评表 第37行 (row 37) score/unscored`);
    const grids = await readTable(io.written.get('card.xlsx') as Uint8Array);
    expect(grids.ok && grids.value[0]?.rows.find((r) => r[0] === '总分')?.[7]).toBe('30.00');
  });
});
