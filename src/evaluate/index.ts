export { evaluateIndicator } from './evaluate-indicator';
export { DEFAULT_EVALUATION_SETTINGS, DEFAULT_GRADE_WORDS } from './settings';
export type { ActualInput, EvaluateOptions, Evaluation, EvaluationSettings, EvaluationStatus, GradeWords } from './types';
