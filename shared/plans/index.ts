/** 预案台账: the plan register's domain rules (pure). */
export * from './types';
export * from './labels';
export * from './cycles';
export * from './lifecycle';
export * from './dates';
export * from './deadlines';
export * from './summary';
export * from './coverage';
export * from './filter';
export * from './files';
export * from './print-model';
