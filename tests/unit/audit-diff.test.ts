import { describe, expect, it } from 'vitest';
import { auditDiff, displayValue } from '../../shared/audit/diff';

describe('auditDiff', () => {
  it('lists changed fields with Chinese labels and hides bookkeeping', () => {
    const rows = auditDiff(
      { id: 1, name: '赵敏', phones: ['13805510011'], canLead: false, updatedAt: 1 },
      { id: 1, name: '赵敏', phones: ['13805510011', '0551-62880111'], canLead: true, updatedAt: 2 },
    );
    expect(rows.map((r) => r.field)).toEqual(['name', 'phones', 'canLead']);
    expect(rows.find((r) => r.field === 'phones')).toEqual({
      field: 'phones',
      label: '联系电话',
      before: '13805510011',
      after: '13805510011、0551-62880111',
      changed: true,
    });
    expect(rows.find((r) => r.field === 'name')!.changed).toBe(false);
    expect(rows.find((r) => r.field === 'canLead')).toMatchObject({ before: '否', after: '是' });
  });

  it('shows a creation as after-only', () => {
    const rows = auditDiff(null, { name: '孙浩' });
    expect(rows).toEqual([{ field: 'name', label: '姓名', before: '', after: '孙浩', changed: true }]);
  });

  it('displays empty values as a dash', () => {
    expect(displayValue('')).toBe('—');
    expect(displayValue([])).toBe('—');
    expect(displayValue(null)).toBe('—');
  });
});
