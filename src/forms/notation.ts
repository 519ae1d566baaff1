// The one place where forms meets notation: cell-level parsers of targets, actuals and indicator names.
export { parseTarget } from '../notation/parse-target';
export { parseTargetColumns } from '../notation/parse-target-columns';
export { parseActual } from '../notation/parse-actual';
export { compareUnits } from '../notation/compare-units';
export { inspectIndicatorName } from '../notation/inspect-indicator-name';
export { formatActual } from '../notation/format-actual';
export { formatTarget } from '../notation/format-target';
export { isReferenceText } from '../notation/is-reference-text';
export { isNotApplicableText, isSpaceCode } from '../notation/internal/text';
export { parseDirectionWord } from '../notation/parse-direction-word';
export { splitNameTarget } from '../notation/split-name-target';
