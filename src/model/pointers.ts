/*
 * The JSON Pointers of list items (indicators, key tasks) and of their parts that have origins, made once for
 * the first items of a list. Origins are an object keyed by pointer, and the engine (V8) registers every new
 * key string before storing it; a string made anew for each document is a new key every time, one that is
 * reused was registered the first time. That registering was most of the cost of the origins. These are
 * constant tables (indices and field names, nothing of any input); the pointers of later items are made when
 * asked for. The importers record origins under them and the scorer looks origins up with them (a lookup with a
 * string already registered is cheaper too). Internal: not exported from the package.
 */

/** How many items of a list have their pointers made in advance: tables rarely have more. */
const MADE = 100;

/** The JSON Pointers of one indicator and of its parts that have origins (`/indicators/3`, `/indicators/3/target`, …). */
export interface IndicatorPointers {
  readonly self: string;
  readonly tier1: string;
  readonly tier2: string;
  readonly name: string;
  readonly target: string;
  readonly midTermTarget: string;
  readonly adjustedTarget: string;
  readonly actual: string;
  readonly weight: string;
  readonly publishedScore: string;
  readonly coefficient: string;
  readonly isCore: string;
  readonly deviationNote: string;
}

function pointersOf(at: number): IndicatorPointers {
  const self = `/indicators/${at}`;
  return {
    self,
    tier1: `${self}/tier1`,
    tier2: `${self}/tier2`,
    name: `${self}/name`,
    target: `${self}/target`,
    midTermTarget: `${self}/midTermTarget`,
    adjustedTarget: `${self}/adjustedTarget`,
    actual: `${self}/actual`,
    weight: `${self}/weight`,
    publishedScore: `${self}/publishedScore`,
    coefficient: `${self}/coefficient`,
    isCore: `${self}/isCore`,
    deviationNote: `${self}/deviationNote`,
  };
}

const INDICATORS: readonly IndicatorPointers[] = Array.from({ length: MADE }, (_, at) => pointersOf(at));

/** The pointers of the indicator at index `at` (0-based) of a document's `indicators`. */
export function indicatorPointers(at: number): IndicatorPointers {
  return INDICATORS[at] ?? pointersOf(at);
}

/** The JSON Pointers of the parts of one key task that have origins (`/keyTasks/0/name`, …). */
export interface KeyTaskPointers {
  readonly name: string;
  readonly content: string;
  readonly result: string;
  readonly budget: string;
  readonly executed: string;
}

function keyTaskPointersOf(at: number): KeyTaskPointers {
  const self = `/keyTasks/${at}`;
  return { name: `${self}/name`, content: `${self}/content`, result: `${self}/result`, budget: `${self}/budget`, executed: `${self}/executed` };
}

const KEY_TASKS: readonly KeyTaskPointers[] = Array.from({ length: MADE }, (_, at) => keyTaskPointersOf(at));

/** The pointers of the key task at index `at` (0-based) of a document's `keyTasks`. */
export function keyTaskPointers(at: number): KeyTaskPointers {
  return KEY_TASKS[at] ?? keyTaskPointersOf(at);
}
