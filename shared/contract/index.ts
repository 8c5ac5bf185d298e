import type { z } from 'zod';
import type { MethodDef } from './define';
import { systemMethods } from './system';
import { staffMethods } from './staff';
import { sessionMethods } from './session';
import { settingsMethods } from './settings';
import { auditMethods } from './audit';

/** Every API method, one entry each. The IPC bridge, the HTTP bridge and the client are all driven by this. */
export const contract = {
  ...systemMethods,
  ...sessionMethods,
  ...staffMethods,
  ...settingsMethods,
  ...auditMethods,
} satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends MethodName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends MethodName> = Contract[K] extends MethodDef<z.ZodType, infer O> ? O : never;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Push events from the back end. */
export type PushEvent =
  | { type: 'changed'; areas: string[] }
  | { type: 'status'; state: string };

export * from './errors';
export type { SystemStatus, BackupInfo, DataState } from './system';
export type { SessionInfo } from './session';
