import { AppError } from '../../../shared/contract/errors';
import { normalizePhone } from '../../../shared/phone';
import { namePinyin } from '../../../shared/lists/pinyin';
import { LEVEL_ZH, REGION_LEVEL_ZH, REGION_OF_LEVEL, type PersonFields } from '../../../shared/lists/types';
import { cleanName } from '../../../shared/lists/text';
import type { PersonWrite } from '../../../db/repos/lists-persons';
import type { YearView } from './lists-view';

/** Normalised phones; a bad one is refused with a message naming which. */
export function checkedPhones(phones: readonly string[]): string[] {
  const out: string[] = [];
  phones.forEach((p, i) => {
    if (p.trim() === '') return;
    const r = normalizePhone(p);
    if (!r.ok) throw new AppError('invalid_input', `字段「联系电话」第${i + 1}个：${r.message}`, `phones.${i}`);
    if (!out.includes(r.value)) out.push(r.value);
  });
  return out;
}

/** Check a person's place against the year's tree and prepare the row (phones normalised, pinyin for search). */
export function personWrite(view: YearView, input: PersonFields): PersonWrite {
  const region = view.tree.get(input.regionId);
  if (!region) throw new AppError('not_found', `${view.year}年名单中没有编号为 ${input.regionId} 的地区`, 'regionId');
  const allowed = REGION_OF_LEVEL[input.level];
  if (!allowed.includes(region.level)) {
    throw new AppError('invalid_input', `${LEVEL_ZH[input.level]}责任人应属于${allowed.map((l) => REGION_LEVEL_ZH[l]).join('或')}，所选的“${region.name}”是${REGION_LEVEL_ZH[region.level]}`, 'regionId');
  }
  let zoneId: number | null = null;
  if (input.level === 'household' && input.zoneId !== null) {
    const zone = view.zoneById.get(input.zoneId);
    if (!zone) throw new AppError('not_found', `${view.year}年名单中没有编号为 ${input.zoneId} 的危险区`, 'zoneId');
    if (zone.regionId !== region.id) throw new AppError('invalid_input', `危险区“${zone.name}”不在${view.path(region.id)}`, 'zoneId');
    zoneId = zone.id;
  }
  const { name, note } = cleanName(input.name);
  if (name === '') throw new AppError('invalid_input', '姓名不能为空', 'name');
  if (/\d/.test(name)) throw new AppError('invalid_input', `姓名“${name}”含有数字`, 'name');
  const py = namePinyin(name);
  return {
    level: input.level,
    regionId: region.id,
    zoneId,
    name,
    position: input.position.trim(),
    duty: input.duty.trim(),
    phones: checkedPhones(input.phones),
    households: input.level === 'household' ? input.households : null,
    note: [input.note.trim(), note].filter(Boolean).join('；'),
    initials: py.initials,
    pinyin: py.full,
  };
}

/** Another active person with the same level, place and name. */
export function duplicateOf(view: YearView, p: PersonWrite, exceptId?: number): string | null {
  const { index } = view.search();
  const candidates = index.namesakes(p.level, p.regionId, p.name).filter((id) => id !== exceptId);
  // The index is in the view's order: a person's position there is their place in `view.entries`.
  const zoneOf = (id: number) => view.entries.zoneIds[index.positionOf(id)] || null;
  const same = candidates.find((id) => p.level !== 'household' || zoneOf(id) === p.zoneId);
  return same ? `${view.path(p.regionId) || view.tree.root?.name || ''}已有${LEVEL_ZH[p.level]}责任人“${p.name}”` : null;
}
