import { describe, expect, it } from 'vitest';
import { auditSnapshot } from '../../../electron/backend/services/roster-generate';

describe('auditSnapshot', () => {
  it('serialises like the plain object it replaces: head fields first, then the days in the order given', () => {
    const days = new Map([
      ['2027-01-02', '带班领导 王建国；值班员 赵敏'],
      ['2027-01-01', '（未排班）'],
    ]);
    const snap = auditSnapshot({ rosterRange: '2027-01-01至2027-01-02', rosterSlots: 3 }, days);
    const plain = { rosterRange: '2027-01-01至2027-01-02', rosterSlots: 3, '2027-01-02': '带班领导 王建国；值班员 赵敏', '2027-01-01': '（未排班）' };
    expect(JSON.stringify(snap)).toBe(JSON.stringify(plain));
    expect(Object.keys(snap)).toEqual(Object.keys(plain));
  });

  it('has no prototype, so a date key can never meet an inherited property', () => {
    const snap = auditSnapshot({}, new Map([['toString', 'x']]));
    expect(Object.getPrototypeOf(snap)).toBeNull();
    expect(snap.toString).toBe('x');
  });
});
