export * from './catalogue';
export * from './half-width';
export * from './labels/model';
export * from './labels/notation';
export * from './labels/monitor';
export * from './labels/review';
export * from './labels/evaluate';
export * from './labels/score';
