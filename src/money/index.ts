export * from './allocate';
export * from './convert';
export * from './decimal';
export * from './format-amount';
export * from './parse-amount';
