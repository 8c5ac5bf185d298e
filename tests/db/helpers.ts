import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { manualClock, type ManualClock } from '../../shared/time/clock';
import { instantAt } from '../../shared/time/civil';

export const MIGRATIONS_DIR = path.resolve('db/migrations');

export function tempDir(tag = 'db'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `fdd-${tag}-`));
}

export function testBackend(dataDir = tempDir('backend'), clock: ManualClock = manualClock(instantAt('2026-11-30', '09:00'))): {
  backend: Backend;
  clock: ManualClock;
  dataDir: string;
} {
  const backend = createBackend({ dataDir, clock, migrationsDir: MIGRATIONS_DIR, appVersion: 'test' });
  return { backend, clock, dataDir };
}

/** Call and unwrap, failing the test with the Chinese message if the call failed. */
export async function ok<T = unknown>(backend: Backend, method: string, input: unknown = {}): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

export const PERSON = {
  name: '赵敏',
  unit: '应急指挥中心',
  position: '科员',
  phones: ['１３８ ０５５１ ００１１'],
  canLead: false,
  canDuty: true,
  note: '',
};
