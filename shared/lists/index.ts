export * from './types';
export * from './text';
export * from './levels';
export * from './columns';
export * from './grid';
export * from './headers';
export * from './rows';
export * from './names';
export * from './tree';
export * from './diff';
export * from './plan';
export * from './checks';
export * from './search';
export * from './publish';
// pinyin.ts is imported directly by the back end (its dictionary stays out of the renderer bundle).
