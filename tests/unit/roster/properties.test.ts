import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, diffDays } from '../../../shared/time/civil';
import {
  DEFAULT_ROLES,
  generateRoster,
  type Assignment,
  type GenerateInput,
  type LeaveEntry,
  type RosterStaff,
} from '../../../shared/roster';
import { rosterDays } from './fixtures';

const roles = [...DEFAULT_ROLES];

/** Random but realistic inputs: mixed pools, inactive people, leave, manual rows, history. */
const inputs = fc
  .record({
    staff: fc.array(
      fc.record({
        roles: fc.constantFrom(['leader'], ['officer'], ['officer'], ['leader', 'officer']),
        active: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
      }),
      { minLength: 2, maxLength: 14 },
    ),
    start: fc.integer({ min: 0, max: 340 }),
    length: fc.integer({ min: 5, max: 40 }),
    holidayOfficers: fc.integer({ min: 1, max: 2 }),
    minRestDays: fc.integer({ min: 0, max: 3 }),
    leave: fc.array(
      fc.record({ who: fc.nat(), from: fc.integer({ min: -5, max: 40 }), days: fc.integer({ min: 0, max: 12 }), kind: fc.constantFrom('请假', '出差') }),
      { maxLength: 6 },
    ),
    manual: fc.array(
      fc.record({ who: fc.nat(), day: fc.nat(), officer: fc.boolean(), locked: fc.boolean() }),
      { maxLength: 5 },
    ),
    withHistory: fc.boolean(),
  })
  .map((r): GenerateInput => {
    const staff: RosterStaff[] = r.staff.map((s, i) => ({ id: i + 1, name: `人员${i + 1}`, roles: [...s.roles], active: s.active }));
    const from = addDays('2026-01-01', r.start);
    const days = rosterDays(from, addDays(from, r.length - 1), { holidayOfficers: r.holidayOfficers });
    const leave: LeaveEntry[] = r.leave.map((l) => ({
      staffId: (l.who % staff.length) + 1,
      from: addDays(from, l.from),
      to: addDays(from, l.from + l.days),
      kind: l.kind,
    }));
    const manual = new Map<string, Assignment>();
    for (const m of r.manual) {
      const date = days[m.day % days.length]!.date;
      const role = m.officer ? 'officer' : 'leader';
      manual.set(`${date}${role}`, { date, role, slot: 0, staffId: (m.who % staff.length) + 1, source: m.locked ? 'locked' : 'manual' });
    }
    let existing = [...manual.values()];
    if (r.withHistory) {
      const before = rosterDays(addDays(from, -14), addDays(from, -1));
      existing = [...generateRoster({ days: before, roles, staff, leave, existing: [] }).assignments, ...existing];
    }
    return { days, roles, staff, leave, existing, minRestDays: r.minRestDays };
  });

const onLeave = (input: GenerateInput, id: number, date: string) =>
  input.leave.some((l) => l.staffId === id && date >= l.from && date <= l.to);

describe('generateRoster properties', () => {
  it('fills every slot once, keeps kept rows, and never breaks leave, role or same-day rules', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = generateRoster(input);
        const kept = input.existing.filter((a) => a.source !== 'generated' && input.days.some((d) => d.date === a.date));
        for (const k of kept) expect(r.assignments).toContainEqual(k);
        for (const d of input.days) {
          for (const { role, count } of d.slots) {
            const slots = r.assignments.filter((a) => a.date === d.date && a.role === role).map((a) => a.slot);
            expect(slots.sort()).toEqual(Array.from({ length: count }, (_, i) => i));
          }
        }
        for (const a of r.assignments.filter((x) => x.source === 'generated')) {
          if (a.staffId === null) {
            expect(r.warnings.some((w) => w.date === a.date && w.role === a.role && w.message.includes('无人可排'))).toBe(true);
            continue;
          }
          const person = input.staff.find((s) => s.id === a.staffId)!;
          expect(person.active && person.roles.includes(a.role)).toBe(true);
          expect(onLeave(input, a.staffId, a.date)).toBe(false);
          const sameDay = r.assignments.filter((x) => x.date === a.date && x.staffId === a.staffId);
          expect(sameDay).toHaveLength(1);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('breaks the rest rule only where it warns that it relaxed it', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = generateRoster(input);
        const minRest = input.minRestDays ?? 2;
        const history = input.existing.filter((a) => !input.days.some((d) => d.date === a.date));
        const all = [...history, ...r.assignments].filter((a) => a.staffId !== null);
        const warned = (a: Assignment) =>
          a.source === 'generated' && r.warnings.some((w) => w.date === a.date && w.role === a.role && w.message.includes('已放宽轮休间隔'));
        for (const a of r.assignments.filter((x) => x.source === 'generated' && x.staffId !== null)) {
          for (const b of all) {
            if (b === a || b.staffId !== a.staffId || b.date === a.date) continue;
            if (Math.abs(diffDays(a.date, b.date)) - 1 >= minRest) continue;
            expect(warned(a) || warned(b), `${a.staffId} ${a.date} / ${b.date}`).toBe(true);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(generateRoster(structuredClone(input))).toEqual(generateRoster(input));
      }),
      { numRuns: 30 },
    );
  });
});
