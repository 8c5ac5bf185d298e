/**
 * Crash safety: a child process runs one big write (a list import, a year's roster, a backup) on the back
 * end's own connection and is SIGKILLed at many points (crash-harness.ts); the data folder must then hold
 * the whole change or none of it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbPath } from './helpers';
import { ROWS, atFractions, backups, big, importMoments, partials, scenario, size, tallies, templateDir, useCrashHarness } from './crash-harness';

useCrashHarness();

let imported = '';

describe('SIGKILL in the middle of a write leaves the whole change or none of it', () => {
  it(`a ${ROWS}-row list import (lists.import.commit)`, async () => {
    const { full } = await scenario('import', templateDir, (ms, dir) => {
      const m = importMoments(dir);
      return [{ label: 'at START', kind: 'start' }, ...atFractions(ms, [0.3, 0.6, 0.9]), m.backupWriting, m.backupDone, m.walPast(1), m.walPast(2)];
    });
    imported = full;
    expect(tallies.import!.tried).toBe(8);
    expect(tallies.import!.absent).toBeGreaterThan(0);
  }, big ? 1_800_000 : 90_000);

  it('a whole year of roster generation (roster.generate 2027)', async () => {
    await scenario('roster', templateDir, (ms) => [{ label: 'at START', kind: 'start' }, ...atFractions(ms, [0.25, 0.5, 0.75, 1, 3])]);
    expect(tallies.roster!.tried).toBe(6);
  }, 60_000);

  it('a backup of the imported data (system.backupNow)', async () => {
    expect(imported).not.toBe('');
    const partialSize = (dir: string) => partials(backups(dir)).reduce((n, f) => n + size(path.join(backups(dir), f)), 0);
    const dbSize = size(dbPath(imported));
    await scenario('backup', () => imported, (ms, dir) => [
      { label: 'at START', kind: 'start' },
      { label: '*.partial created', kind: 'watch', when: () => partials(backups(dir)).length > 0 },
      { label: '*.partial past half the file', kind: 'watch', when: () => partialSize(dir) > dbSize / 2 },
      ...atFractions(ms, [0.5, 1.5, 3]),
    ]);
    expect(tallies.backup!.tried).toBe(6);
    // A backup killed half-way must never be offered for restore.
    expect(tallies.backup!.absent).toBeGreaterThan(0);
  }, 60_000);
});

