export * from './catalogue';
export * from './half-width';
export * from './labels/model';
