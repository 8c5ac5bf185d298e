import { LEVEL_ZH, PERSON_LEVELS, type PersonLevel } from '../../../../shared/lists/types';
import { ALL_TARGETS, TARGET_ZH, type ColumnTarget } from '../../../../shared/lists/columns';

export const LEVEL_COLOR: Record<PersonLevel, string> = { county: 'red', township: 'volcano', village: 'gold', group: 'green', household: 'blue' };

export const LEVEL_OPTIONS = PERSON_LEVELS.map((l) => ({ value: l, label: LEVEL_ZH[l] }));

/** The mapping choices, grouped as the user thinks of them. */
export const TARGET_OPTIONS: { label: string; options: { value: ColumnTarget | '__none'; label: string }[] }[] = [
  { label: '不导入', options: [{ value: '__none', label: '（不导入此列）' }] },
  { label: '地区', options: (['township', 'village', 'group'] as const).map((t) => ({ value: t, label: TARGET_ZH[t] })) },
  { label: '危险区', options: (['zone', 'zoneHouseholds', 'zonePeople', 'route', 'shelter'] as const).map((t) => ({ value: t, label: TARGET_ZH[t] })) },
  { label: '责任人（每行一人）', options: (['level', 'name', 'position', 'phones', 'duty', 'households', 'note'] as const).map((t) => ({ value: t, label: TARGET_ZH[t] })) },
  ...PERSON_LEVELS.map((l) => ({
    label: `${LEVEL_ZH[l]}责任人（每级一组列）`,
    options: ALL_TARGETS.filter((t) => t.startsWith(`${l}.`)).map((t) => ({ value: t, label: TARGET_ZH[t] })),
  })),
];

/** Split what was typed into a phone box: 、，, ; / and new lines (spaces may sit inside one number). */
export function splitPhones(text: string): string[] {
  return text
    .split(/[、,，;；/\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
