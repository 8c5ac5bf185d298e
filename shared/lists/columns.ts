import { LEVEL_ZH, PERSON_LEVELS, type PersonLevel } from './types';

/** What a column of an imported sheet holds. */
export const REGION_TARGETS = ['township', 'village', 'group', 'zone'] as const;
export const ZONE_TARGETS = ['zoneHouseholds', 'zonePeople', 'route', 'shelter'] as const;
export const PERSON_TARGETS = ['level', 'name', 'position', 'phones', 'duty', 'households', 'note'] as const;
/** Fields of a level's column group in a wide sheet (one group of columns per level). */
export const GROUP_FIELDS = ['name', 'position', 'phones', 'duty'] as const;

export type GroupField = (typeof GROUP_FIELDS)[number];
export type LevelTarget = `${PersonLevel}.${GroupField}`;
export type ColumnTarget = (typeof REGION_TARGETS)[number] | (typeof ZONE_TARGETS)[number] | (typeof PERSON_TARGETS)[number] | LevelTarget;

/** One entry per column of the sheet (0 = column A); null = not imported. */
export type ColumnMapping = (ColumnTarget | null)[];

const GROUP_FIELD_ZH: Record<GroupField, string> = { name: '姓名', position: '职务', phones: '联系电话', duty: '职责' };

export const TARGET_ZH: Record<ColumnTarget, string> = {
  township: '乡镇（街道）',
  village: '行政村（社区）',
  group: '村民组',
  zone: '危险区',
  zoneHouseholds: '危险区户数',
  zonePeople: '危险区人数',
  route: '转移路线',
  shelter: '避险安置点',
  level: '责任人类别',
  name: '姓名',
  position: '职务',
  phones: '联系电话',
  duty: '责任区域/职责',
  households: '联系户数',
  note: '备注',
  ...(Object.fromEntries(
    PERSON_LEVELS.flatMap((l) => (Object.keys(GROUP_FIELD_ZH) as GroupField[]).map((f) => [`${l}.${f}`, `${LEVEL_ZH[l]}责任人·${GROUP_FIELD_ZH[f]}`])),
  ) as Record<LevelTarget, string>),
};

export const ALL_TARGETS = Object.keys(TARGET_ZH) as ColumnTarget[];

export function isColumnTarget(s: string): s is ColumnTarget {
  return Object.prototype.hasOwnProperty.call(TARGET_ZH, s);
}

/** Targets that may be given by several columns (their values are joined): 手机 and 办公电话 side by side. */
export function allowsSeveral(t: ColumnTarget): boolean {
  return t === 'phones' || t.endsWith('.phones') || t === 'note';
}

export function levelTarget(t: ColumnTarget): { level: PersonLevel; field: GroupField } | null {
  const i = t.indexOf('.');
  if (i < 0) return null;
  return { level: t.slice(0, i) as PersonLevel, field: t.slice(i + 1) as GroupField };
}
