import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { recordingIo } from './helpers';

const SEED = 'test/fixtures/minhang-2024-unit-declaration.txt';

/** An Io over in-memory files (and the real ones). */
const memoryIo = (files: Record<string, string>) => recordingIo({ files });

describe('jixiao inspect', () => {
  it('summarises the seed: kind, unit, budget, indicators by tier: exit 0', async () => {
    const io = recordingIo();
    expect(await runCli(['inspect', SEED], io)).toBe(0);
    const out = io.stdout.join('\n');
    expect(out).toContain(`${SEED}: 单位整体支出绩效目标申报表 / unit declaration — 样式 / layout unit-declaration (A)`);
    expect(out).toContain('单位 / unit: 上海市闵行区老龄事业发展中心');
    expect(out).toContain('年度 / fiscal year: 2024');
    expect(out).toContain('总额 total 28,963,548.68 元 = 财政拨款 fiscal 28,963,548.68 元 + 其他资金 other 0.00 元 = 基本支出 basic 6,865,942.68 元 + 项目支出 project 22,097,606.00 元');
    expect(out).toContain('职责 / duties: 22 · 重点任务 / key tasks: 3');
    expect(out).toContain('指标 / indicators: 21');
    expect(out).toContain('  投入管理指标: 7 (预算编审管理 1, 预算执行管理 1, 预算绩效管理 1, 资产管理 1, 预算透明度 1, 内部控制管理 1, 预算信息化 1)');
    expect(out).toContain('  产出指标: 10 (数量指标 5, 质量指标 3, 时效指标 2)');
    expect(out).toContain('  效益指标: 2 (社会效益指标 2)');
    expect(out).toContain('  满意度指标: 2 (服务对象满意度指标 2)');
    expect(out).toContain('警告 / warnings: 0 (+1 info)');
    expect(out).toContain('未读入的行 / unparsed rows: 0');
  });

  it('lists warnings and unparsed rows with line numbers', async () => {
    const io = recordingIo();
    expect(await runCli(['inspect', 'test/fixtures/hn-nanyue-2018-project-declaration.txt'], io)).toBe(0);
    const out = io.stdout.join('\n');
    expect(out).toContain('项目 / project: 2018年市级专项扶贫资金基础设施(人大代表扶贫基地)');
    expect(out).toContain('资金 / funds: 总额 total 10 万元, 财政拨款 fiscal 10 万元, 上年结转 carry-over —, 其他 other 0 万元');
    expect(out).toContain('行 line 13: [notation/name-target-conflict]');
    expect(out).toContain('未读入的行 / unparsed rows: 3 (行 lines 26, 27, 28)');
  });

  it('prints the document as JSON with --json (no origins)', async () => {
    const io = recordingIo();
    expect(await runCli(['inspect', SEED, '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('')) as Record<string, unknown>;
    const expected = JSON.parse(readFileSync('examples/minhang-2024/declaration.json', 'utf8')) as unknown;
    expect(json).toEqual(expected);
    expect(json.kind).toBe('unit-declaration');
    expect('origins' in json).toBe(false);
  });

  it('reads JSON documents too', async () => {
    const io = recordingIo();
    expect(await runCli(['inspect', 'examples/minhang-2024/declaration.json'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('样式 / layout JSON');
  });

  it('exit 1 with located errors when the input has errors', async () => {
    const io = memoryIo({ 'bad.txt': readFileSync(SEED, 'utf8').replace('6,865,942.68', '968.191 8'), 'junk.txt': 'hello\tworld', 'bad.json': '{"kind":"unit-declaration"}' });
    expect(await runCli(['inspect', 'bad.txt'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('bad.txt:21:16: 错误 error money/space-inside');
    expect(await runCli(['inspect', 'junk.txt'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('junk.txt:1:1: 错误 error forms/layout-unknown');
    expect(await runCli(['inspect', 'bad.json'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('model/required');
  });

  it('exit 2 for usage errors', async () => {
    const io = memoryIo({});
    expect(await runCli(['inspect'], io)).toBe(2);
    expect(await runCli(['inspect', 'a.txt', 'b.txt'], io)).toBe(2);
    expect(await runCli(['inspect', SEED, '--layout', 'nope'], io)).toBe(2);
    expect(await runCli(['inspect', SEED, '--bogus'], io)).toBe(2);
    expect(await runCli(['inspect', 'missing.txt'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('无法读取文件 / cannot read file: missing.txt');
  });

  it('--layout forces a layout and --amount-unit sets the unit the table does not state', async () => {
    const text = '项目名称\t甲\n资金情况\t年度资金总额\t10\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t乙\t≥1个';
    const io = memoryIo({ 't.txt': text });
    expect(await runCli(['inspect', 't.txt', '--json', '--amount-unit', 'yuan'], io)).toBe(0);
    expect((JSON.parse(io.stdout.join('')) as { amountUnit: string }).amountUnit).toBe('yuan');
  });
});
