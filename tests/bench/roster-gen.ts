/**
 * `npx tsx tests/bench/roster-gen.ts`: the roster part of the bench (roster.generate_year_60_ms) alone,
 * in a fresh data folder: 60 staff (12 leaders, 48 officers), years 2017–2026 each generated once in
 * December of the year before, through backend.dispatch as in run.ts. Prints one JSON line with the
 * medians of wall and CPU time per year (process.cpuUsage). Not part of `npm test`.
 *
 * FDD_ROSTER_FINGERPRINT=1 adds a hash of every stored roster row (to check that changes keep the rosters).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBackend, DB_FILE, type Backend } from '../../electron/backend/backend';
import { manualClock } from '../../shared/time/clock';
import { instantAt } from '../../shared/time/civil';
import { personName, phoneOf } from './data';
import { median, round } from './measure';

const YEAR = 2026;

async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fdd-roster-bench-'));
  const clock = manualClock(instantAt(`${YEAR}-03-16`, '09:00'));
  const backend = createBackend({ dataDir, clock, migrationsDir: path.resolve('db/migrations'), appVersion: 'bench' });
  try {
    const ids: number[] = [];
    for (let k = 0; k < 60; k++) {
      const s = await call<{ id: number }>(backend, 'staff.create', {
        name: personName(900_000 + k),
        unit: k < 12 ? '局领导' : '应急指挥中心',
        position: k < 12 ? '副局长' : '科员',
        phones: [phoneOf(900_000 + k)],
        canLead: k < 12,
        canDuty: true,
      });
      ids.push(s.id);
      if (k === 0) await call(backend, 'session.setOperator', { staffId: s.id });
    }
    await call(backend, 'roster.saveRole', { key: 'leader', name: '带班领导', leader: true, counts: { workday: 1, weekend: 1, holiday: 1 }, staffIds: ids.slice(0, 12) });
    await call(backend, 'roster.saveRole', { key: 'officer', name: '值班员', leader: false, followsPeriods: true, counts: { workday: 1, weekend: 1, holiday: 2 }, staffIds: ids.slice(12) });

    const wall: number[] = [];
    const cpu: number[] = [];
    for (let y = YEAR - 9; y <= YEAR; y++) {
      clock.set(instantAt(`${y - 1}-12-01`, '09:00'));
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      const r = await call<{ generatedSlots: number }>(backend, 'roster.generate', { from: `${y}-01-01`, to: `${y}-12-31` });
      const w = Number(process.hrtime.bigint() - t0) / 1e6;
      const c = process.cpuUsage(c0);
      if (r.generatedSlots < 365) throw new Error(`roster ${y}: only ${r.generatedSlots} slots generated`);
      wall.push(w);
      cpu.push((c.user + c.system) / 1000);
    }
    const out: Record<string, unknown> = {
      wall_ms: round(median(wall), 2),
      cpu_ms: round(median(cpu), 2),
      n: wall.length,
      wall_runs: wall.map((x) => round(x)),
      cpu_runs: cpu.map((x) => round(x)),
    };
    if (process.env.FDD_ROSTER_FINGERPRINT === '1') {
      backend.close();
      const db = new Database(path.join(dataDir, DB_FILE), { readonly: true });
      const rows = db.prepare('SELECT date, role, slot, staff_id, source FROM roster_assignments ORDER BY date, role, slot').all() as Record<string, unknown>[];
      const audit = db.prepare("SELECT summary, before_json, after_json FROM audit_log WHERE entity = 'roster_generate' ORDER BY id").all() as Record<string, unknown>[];
      db.close();
      out.rows = rows.length;
      out.roster_sha = createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
      out.audit_sha = createHash('sha256').update(JSON.stringify(audit)).digest('hex').slice(0, 16);
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    try {
      backend.close();
    } catch {
      // already closed
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
