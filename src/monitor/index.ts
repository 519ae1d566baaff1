export { COLOUR_ORDER, Colour, worstColour } from './colour';
export type { DateInput } from './dates';
export { daysRemaining, type DaysRemainingOptions } from './days-remaining';
export { evaluateTimeliness, type Timeliness, type TimelinessOptions } from './evaluate-timeliness';
export { fiscalYearInterval, type FiscalYearInterval } from './fiscal-year-interval';
export {
  monitor,
  type BudgetMonitoring,
  type DeadlineMonitoring,
  type IndicatorMonitoring,
  type MonitorJudgement,
  type MonitorOptions,
  type MonitorReport,
} from './monitor';
export { onTimeRate, type DeadlineEvent, type OnTimeRate } from './on-time-rate';
export { DEFAULT_MONITOR_SETTINGS, defineMonitorSettings, Likelihood, MonitorSettings, type MonitorSettingsInput } from './settings';
export { IndicatorProgress, MonitoringSnapshot, parseLikelihood, validateSnapshot } from './snapshot';
export { timeProgress, type TimeBasis, type TimeProgress, type TimeProgressOptions } from './time-progress';
