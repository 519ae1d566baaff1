import type { Assessment } from './assess';
import type { Evaluation } from './types';

/**
 * The public form of an assessment: decimals as strings (completion to 4 places, half-up).
 *
 * @param x - the assessment
 * @returns the evaluation
 */
export function toEvaluation(x: Assessment): Evaluation {
  return {
    status: x.status,
    direction: x.direction,
    completion: x.completionText,
    grade: x.grade,
    explanation: x.explanation,
    findings: x.findings,
  };
}
