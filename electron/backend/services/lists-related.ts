import type { Db } from '../../../db/open';
import { AppError } from '../../../shared/contract/errors';
import type { LeaderRow, WorkRow } from '../../../shared/contract/lists-related';
import { normalizePhone } from '../../../shared/phone';
import { cleanName, normalizeScale, squeeze, WORK_ROLES, WORK_ROLE_ZH, type Leader, type RoleContact, type Work, type WorkRole } from '../../../shared/lists/related';
import { getYear, listRegions, type ListYear } from '../../../db/repos/lists';
import type { LeaderWrite, WorkWrite } from '../../../db/repos/lists-related';

/** Checks, rows and audit snapshots of 县级领导包保 and 水库三个责任人 (labels: RELATED_AUDIT_LABELS). */

export const LEADER_ENTITY = 'list_leader';
export const WORK_ENTITY = 'list_work';

export function requireYear(db: Db, year: number): ListYear {
  const y = getYear(db, year);
  if (!y) throw new AppError('not_found', `${year}年名单尚未建立：请先新建，或复制上一年的名单`, 'year');
  return y;
}

/** The year's townships (乡镇/街道) in tree order. */
export function townshipsOf(db: Db, year: number): { id: number; name: string }[] {
  return listRegions(db, year)
    .filter((r) => r.level === 'township')
    .map((r) => ({ id: r.id, name: r.name }));
}

export type TownshipNames = Map<number, string>;
export const townshipNames = (db: Db, year: number): TownshipNames => new Map(townshipsOf(db, year).map((t) => [t.id, t.name]));

/** Normalised phones; a bad one is refused with a message naming which (field: `phones.1`, `admin.phones.0`). */
function phonesChecked(list: readonly string[], label: string, field: string): string[] {
  const out: string[] = [];
  list.forEach((p, i) => {
    if (p.trim() === '') return;
    const r = normalizePhone(p);
    if (!r.ok) throw new AppError('invalid_input', `${label}第${i + 1}个：${r.message}`, `${field}.${i}`);
    if (!out.includes(r.value)) out.push(r.value);
  });
  return out;
}

export interface LeaderInput {
  name: string;
  position: string;
  phones: string[];
  townshipIds: number[];
  works: string[];
  note: string;
}

export function leaderWrite(names: TownshipNames, input: LeaderInput): LeaderWrite {
  const name = cleanName(input.name);
  if (name === '') throw new AppError('invalid_input', '姓名不能为空', 'name');
  const townshipIds: number[] = [];
  for (const [i, tid] of input.townshipIds.entries()) {
    if (!names.has(tid)) throw new AppError('invalid_input', `包保乡镇第${i + 1}个不是本年度名单中的乡镇`, `townshipIds.${i}`);
    if (!townshipIds.includes(tid)) townshipIds.push(tid);
  }
  const works: string[] = [];
  for (const w of input.works) {
    const s = squeeze(w);
    if (s && !works.includes(s)) works.push(s);
  }
  return { name, position: input.position.trim(), phones: phonesChecked(input.phones, '联系电话', 'phones'), townshipIds, works, note: input.note.trim() };
}

export interface WorkInput {
  name: string;
  kind: Work['kind'];
  townshipId: number | null;
  scale: string;
  admin: RoleContact;
  tech: RoleContact;
  patrol: RoleContact;
  note: string;
}

export function workWrite(names: TownshipNames, input: WorkInput): WorkWrite {
  const name = squeeze(input.name);
  if (name === '') throw new AppError('invalid_input', '工程名称不能为空', 'name');
  if (input.townshipId !== null && !names.has(input.townshipId)) throw new AppError('invalid_input', '所在乡镇不是本年度名单中的乡镇', 'townshipId');
  const scale = normalizeScale(input.scale);
  if (scale === null) throw new AppError('invalid_input', `规模“${input.scale}”不正确：应为大(1)型、大(2)型、中型、小(1)型、小(2)型，或留空`, 'scale');
  const role = (r: WorkRole): RoleContact => {
    const c = input[r];
    const phones = phonesChecked(c.phones, `${WORK_ROLE_ZH[r]}电话`, `${r}.phones`);
    const rname = cleanName(c.name);
    if (rname === '' && (phones.length || c.position.trim())) throw new AppError('invalid_input', `请填写${WORK_ROLE_ZH[r]}的姓名`, `${r}.name`);
    return { name: rname, position: c.position.trim(), phones };
  };
  return { name, kind: input.kind, townshipId: input.townshipId, scale, admin: role('admin'), tech: role('tech'), patrol: role('patrol'), note: input.note.trim() };
}

export function leaderRow(names: TownshipNames, l: Leader): LeaderRow {
  return { ...l, townships: l.townshipIds.map((t) => names.get(t) ?? '') };
}

export function workRow(names: TownshipNames, w: Work): WorkRow {
  return { ...w, township: w.townshipId !== null ? (names.get(w.townshipId) ?? '') : '' };
}

export function leaderSnapshot(names: TownshipNames, year: number, l: LeaderWrite) {
  return {
    listYear: year,
    leaderName: l.name,
    position: l.position,
    phones: l.phones,
    leaderTownships: l.townshipIds.map((t) => names.get(t) ?? String(t)),
    leaderWorks: l.works,
    note: l.note,
  };
}

export function workSnapshot(names: TownshipNames, year: number, w: WorkWrite) {
  const snap: Record<string, unknown> = {
    listYear: year,
    workName: w.name,
    workKind: w.kind,
    workTownship: w.townshipId !== null ? (names.get(w.townshipId) ?? '') : '',
    workScale: w.scale,
  };
  for (const r of WORK_ROLES) {
    snap[`${r}Name`] = w[r].name;
    snap[`${r}Position`] = w[r].position;
    snap[`${r}Phones`] = w[r].phones;
  }
  snap.note = w.note;
  return snap;
}

/** Chinese names of the snapshot fields that differ. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, labels: Record<string, string>): string[] {
  const out: string[] = [];
  for (const k of Object.keys(after)) {
    if (k === 'listYear') continue;
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out.push(labels[k] ?? k);
  }
  return out;
}
