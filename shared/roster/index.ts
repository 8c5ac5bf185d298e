export * from './types';
export * from './fairness';
export { generateRoster, type GenerateInput, type GenerateResult } from './generate';
export * from './conflicts';
export * from './swap';
export * from './ics';
export * from './print-model';
