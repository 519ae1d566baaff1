import { MONITOR_LABELS, monitor, validateSnapshot } from '../../index';
import type { Colour, MonitorReport, TimeBasis } from '../../index';
import { documentCommand, option } from '../document-command';
import { formatFinding } from '../format';
import { readJsonOption } from '../input/json-option';
import { EXIT } from '../io';
import { partialReport } from '../summary';

function colour(c: Colour | null): string {
  return c === null ? '— 未判断 not judged' : `${MONITOR_LABELS.colour[c].zh} ${c}`;
}

function show(file: string, r: MonitorReport): string {
  const out = [`绩效运行监控 / monitoring: ${file}`];
  const tp = r.timeProgress;
  if (tp) {
    out.push(
      `截至 / as of ${tp.asOf} · 时间进度 / time progress ${tp.percent}% (${MONITOR_LABELS.basis[tp.basis].zh} ${tp.elapsed}/${tp.total}) · 剩余天数 / days remaining ${r.daysRemaining ?? '—'}`,
    );
  }
  const b = r.budget;
  if (b) {
    const unit = b.amountUnit === 'yuan' ? '元' : '万元';
    out.push(
      `预算执行 / budget: ${b.executed} / ${b.budget} ${unit} = ${b.executionPercent}% · 执行进度 ÷ 时间进度 / ratio ${b.ratioPercent ?? '—'}% · ${colour(b.colour)}` +
        (b.projectedExecuted !== null ? ` · 年末预计 / projected ${b.projectedExecuted} ${unit} (${b.projectedPercent}%)` : ''),
    );
  }
  if (r.indicators.length > 0) out.push('指标 / indicators:');
  for (const i of r.indicators) {
    const parts = [`  [${colour(i.colour)}] ${i.name}`, `目标 target ${i.target.raw || '—'}`, `完成 progress ${i.progress?.raw ?? '—'}`];
    if (i.ratioPercent !== null) parts.push(`进度比 ratio ${i.ratioPercent}%`);
    if (i.likelihood !== null) parts.push(`可能性 ${MONITOR_LABELS.likelihood[i.likelihood].zh}`);
    if (i.projection) parts.push(`年末预计 projected ${i.projection.value} (${i.projection.meetsTarget ? '达标 meets' : '未达标 falls short'})`);
    out.push(parts.join(' · '));
  }
  const c = r.counts;
  out.push(`总体 / overall: ${colour(r.overall)} (红 red ${c.red} · 黄 yellow ${c.yellow} · 绿 green ${c.green} · 蓝 blue ${c.blue})`);
  for (const f of r.findings) out.push(formatFinding(file, f));
  return out.join('\n');
}

const BASES: readonly TimeBasis[] = ['month', 'day'];
const usage = `jixiao monitor FILE|- --progress PROGRESS.json [--as-of YYYY-MM-DD] [--basis ${BASES.join('|')}] [--json] [--encoding ENCODING]`;

export const monitorCommand = documentCommand({
  name: 'monitor',
  usage,
  summary: '绩效运行监控：预算执行进度与目标完成进度对照时间进度，有错误时退出码为 1 / in-year monitoring against time progress; exit 1 on any error',
  details: [
    '--progress PROGRESS.json  截至某日的执行数与完成值（必需）/ what was executed and achieved by a date (required)',
    '--as-of YYYY-MM-DD      监控日期，覆盖进度文件中的日期 / the date of monitoring (overrides the file\'s)',
    `--basis ${BASES.join('|')}       时间进度按月或按日计算 / time progress by month or by day`,
  ],
  options: { progress: { type: 'string' }, 'as-of': { type: 'string' }, basis: { type: 'string' } },
  directories: false,
  async prepare(values, io) {
    const progress = option(values, 'progress');
    const basis = option(values, 'basis');
    if (progress === undefined || (basis !== undefined && !(BASES as readonly string[]).includes(basis))) {
      io.err(`用法 / usage: ${usage}`);
      return { code: EXIT.usage };
    }
    return readJsonOption(progress, { zh: '进度文件', en: 'progress' }, io, validateSnapshot);
  },
  report(read, snapshot, values) {
    if (read.errors.length > 0) return partialReport(read);
    const asOf = option(values, 'as-of');
    const basis = option(values, 'basis') as TimeBasis | undefined;
    const report = monitor(read.doc, snapshot, { ...(asOf !== undefined && { asOf }), ...(basis !== undefined && { basis }) });
    return { code: report.findings.some((f) => f.severity === 'error') ? EXIT.inputErrors : EXIT.ok, text: show(read.name, report), json: report };
  },
});
