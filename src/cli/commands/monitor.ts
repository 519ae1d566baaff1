import { parseArgs } from 'node:util';
import { MONITOR_LABELS, monitor, validateSnapshot } from '../../index';
import type { Colour, MonitorReport, TimeBasis } from '../../index';
import { EXIT, type Command } from '../io';
import { formatFinding, readInput } from '../read-input';

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

export const monitorCommand: Command = {
  name: 'monitor',
  usage: 'jixiao monitor FILE --progress PROGRESS.json [--as-of YYYY-MM-DD] [--basis month|day] [--json]',
  summary: '绩效运行监控：预算执行进度与目标完成进度对照时间进度，有错误时退出码为 1 / in-year monitoring against time progress; exit 1 on any error',
  run(args, io) {
    const { positionals, values } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { progress: { type: 'string' }, 'as-of': { type: 'string' }, basis: { type: 'string' }, json: { type: 'boolean' } },
    });
    const file = positionals[0];
    const basis = values.basis;
    if (positionals.length !== 1 || file === undefined || values.progress === undefined || (basis !== undefined && basis !== 'month' && basis !== 'day')) {
      io.err(`用法 / usage: ${monitorCommand.usage}`);
      return EXIT.usage;
    }
    let json: unknown;
    try {
      json = JSON.parse(io.readFile(values.progress));
    } catch (e) {
      io.err(`无法读取进度文件 / cannot read the progress file: ${values.progress} (${e instanceof Error ? e.message : String(e)})`);
      return EXIT.usage;
    }
    const snapshot = validateSnapshot(json);
    if (!snapshot.ok) {
      io.err(snapshot.errors.map((f) => formatFinding(values.progress as string, f)).join('\n'));
      return EXIT.inputErrors;
    }
    const loaded = readInput(file, io);
    if ('code' in loaded) return loaded.code;
    const report = monitor(loaded.doc, snapshot.value, {
      ...(values['as-of'] !== undefined && { asOf: values['as-of'] }),
      ...(basis !== undefined && { basis: basis as TimeBasis }),
    });
    io.out(values.json ? JSON.stringify(report, null, 2) : show(file, report));
    return report.findings.some((f) => f.severity === 'error') ? EXIT.inputErrors : EXIT.ok;
  },
};
