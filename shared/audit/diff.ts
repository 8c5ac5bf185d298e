import { STAFF_LABELS } from '../staff/schema';
import { SETTINGS_LABELS } from '../settings/types';
import { CALENDAR_AUDIT_LABELS } from '../contract/calendar';
import { REMINDER_AUDIT_LABELS } from '../contract/reminders';
import { PLAN_AUDIT_LABELS } from '../contract/plans';
import { ROSTER_AUDIT_LABELS } from '../contract/roster';
import { LIST_AUDIT_LABELS } from '../contract/lists';
import { RELATED_AUDIT_LABELS } from '../contract/lists-related';

/** One row of a readable before/after comparison in the audit log. */
export interface DiffRow {
  field: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

const HIDDEN = new Set(['id', 'createdAt', 'updatedAt']);

/** Chinese labels for every audited field; each area adds its own labels here. */
export const FIELD_LABELS: Record<string, string> = { ...STAFF_LABELS, ...SETTINGS_LABELS, ...CALENDAR_AUDIT_LABELS, ...REMINDER_AUDIT_LABELS, ...PLAN_AUDIT_LABELS, ...ROSTER_AUDIT_LABELS, ...LIST_AUDIT_LABELS, ...RELATED_AUDIT_LABELS };

export function displayValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.map(displayValue).join('、') || '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function asRecord(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Field-by-field comparison of two snapshots, with Chinese labels; bookkeeping fields left out. */
export function auditDiff(before: unknown, after: unknown, labels: Record<string, string> = FIELD_LABELS): DiffRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !HIDDEN.has(k));
  return keys.map((field) => {
    const bv = displayValue(b[field]);
    const av = displayValue(a[field]);
    return { field, label: labels[field] ?? field, before: before == null ? '' : bv, after: after == null ? '' : av, changed: JSON.stringify(b[field]) !== JSON.stringify(a[field]) };
  });
}
