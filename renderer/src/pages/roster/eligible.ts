import type { RosterConfig } from '../../../../shared/contract/roster';
import type { Staff } from '../../../../shared/staff/types';

/** Whether a person can serve a role: built-in roles from the staff directory, others from their list. */
export function canServe(config: RosterConfig | undefined, role: string, s: Staff): boolean {
  if (role === 'leader') return s.canLead;
  if (role === 'officer') return s.canDuty;
  return config?.roles.find((r) => r.key === role)?.staffIds.includes(s.id) ?? false;
}

export function personOptions(config: RosterConfig | undefined, staff: readonly Staff[] | undefined, role: string) {
  return (staff ?? [])
    .filter((s) => s.active && canServe(config, role, s))
    .map((s) => ({ value: s.id, label: s.unit ? `${s.name}（${s.unit}）` : s.name }));
}
