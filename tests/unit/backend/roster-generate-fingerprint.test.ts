import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ok } from '../../db/helpers';
import type { RosterPreview } from '../../../shared/contract/roster';
import { instantAt } from '../../../shared/time/civil';
import { peek, rosterBackend } from './roster-helpers';

const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);

/**
 * A fixed data set (the sample data, leave, a day set by hand, a locked day, a 双岗 period) run through
 * previews and generations: the stored rows, the previews and the audit entries are fingerprinted, so
 * a change that makes generation faster cannot quietly change what it produces.
 */
describe('roster generation fingerprint', () => {
  it('produces the same previews, rows and audit entries for a fixed data set', async () => {
    const { backend, byName, dataDir, clock } = await rosterBackend();
    const previews: RosterPreview[] = [];
    const gen = async (from: string, to: string) => {
      const p = await ok<RosterPreview>(backend, 'roster.preview', { from, to });
      previews.push(p);
      return ok(backend, 'roster.generate', { from, to, fingerprint: p.fingerprint });
    };
    await ok(backend, 'roster.leave.create', { staffId: byName('孙浩').id, from: '2027-02-03', to: '2027-02-20', kind: '出差', note: '' });
    await ok(backend, 'roster.leave.create', { staffId: byName('周婷').id, from: '2027-05-01', to: '2027-05-04', kind: '请假', note: '' });
    await ok(backend, 'calendar.periods.create', { name: '七下八上', from: '2027-07-16', to: '2027-08-15', kind: 'important', zeroReport: false, dutyOfficers: 2, note: '' });
    clock.set(instantAt('2026-12-01', '09:00'));
    await gen('2027-01-01', '2027-12-31');
    await ok(backend, 'roster.assign', { date: '2027-03-10', role: 'officer', slot: 0, staffId: byName('吴磊').id, reason: '自愿' });
    await ok(backend, 'roster.lockDay', { date: '2027-04-05', locked: true });
    await gen('2027-01-01', '2027-12-31');
    await gen('2027-06-01', '2027-06-30');
    await gen('2028-01-01', '2028-03-31');
    const db = peek(dataDir);
    const rows = db.prepare('SELECT date, role, slot, staff_id, source, reason FROM roster_assignments ORDER BY date, role, slot').all();
    const audit = db.prepare("SELECT entity, entity_id, action, summary, before_json, after_json FROM audit_log WHERE entity LIKE 'roster%' ORDER BY id").all();
    db.close();
    expect({ rows: rows.length, audit: audit.length, previews: previews.map((p) => p.fingerprint) }).toMatchSnapshot();
    expect({ rows: sha(rows), audit: sha(audit), previews: sha(previews) }).toMatchSnapshot();
  });
});
