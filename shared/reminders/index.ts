export * from './types';
export * from './defaults';
export * from './format';
export { occurrenceTitle, occurrenceBody } from './texts';
export * from './occurrences';
export * from './tick';
export * from './notice';
export * from './satisfied';
export * from './daily-report';
