import { AppError } from '../../../shared/contract/errors';
import { normalizePhone } from '../../../shared/phone';
import { getStaff, insertStaff, listStaff, setStaffActive, updateStaff, type StaffData } from '../../../db/repos/staff';
import type { Handlers } from '../types';
import type { Db } from '../../../db/open';

function normalizedPhones(phones: string[]): string[] {
  const out: string[] = [];
  phones.forEach((p, i) => {
    const r = normalizePhone(p);
    if (!r.ok) throw new AppError('invalid_input', `字段「联系电话」第${i + 1}个：${r.message}`, `phones.${i}`);
    if (!out.includes(r.value)) out.push(r.value);
  });
  return out;
}

function data(input: StaffData): StaffData {
  if (!input.canLead && !input.canDuty) {
    throw new AppError('invalid_input', '请至少选择一种值班角色：带班领导或值班员', 'canDuty');
  }
  return { ...input, phones: normalizedPhones(input.phones) };
}

function mustGet(db: Db, id: number) {
  const s = getStaff(db, id);
  if (!s) throw new AppError('not_found', `找不到编号为 ${id} 的人员`, 'id');
  return s;
}

function duplicateName(db: Db, name: string, exceptId?: number): string | null {
  const same = listStaff(db, true).find((s) => s.name === name && s.id !== exceptId);
  return same ? `已有同名人员“${name}”（${same.unit || '未填单位'}）` : null;
}

export const staffHandlers = {
  'staff.list': (input, { db }) => listStaff(db, input.includeInactive),
  'staff.create': (input, ctx) => {
    const d = data(input);
    const dup = duplicateName(ctx.db, d.name);
    const created = insertStaff(ctx.db, d, ctx.clock.now());
    ctx.audit({ entity: 'staff', entityId: created.id, action: 'create', summary: `新增人员 ${created.name}${dup ? `（提示：${dup}）` : ''}`, after: created });
    ctx.changed('staff');
    return created;
  },
  'staff.update': (input, ctx) => {
    const before = mustGet(ctx.db, input.id);
    const { id, ...rest } = input;
    const after = updateStaff(ctx.db, id, data(rest), ctx.clock.now());
    ctx.audit({ entity: 'staff', entityId: id, action: 'update', summary: `修改人员 ${after.name}`, before, after });
    ctx.changed('staff');
    return after;
  },
  'staff.setActive': (input, ctx) => {
    const before = mustGet(ctx.db, input.id);
    if (!input.active && ctx.operator?.id === input.id) {
      throw new AppError('conflict', '不能停用当前操作员本人，请先切换操作员。', 'active');
    }
    const after = setStaffActive(ctx.db, input.id, input.active, ctx.clock.now());
    ctx.audit({
      entity: 'staff',
      entityId: input.id,
      action: input.active ? 'activate' : 'deactivate',
      summary: `${input.active ? '启用' : '停用'}人员 ${after.name}`,
      before,
      after,
    });
    ctx.changed('staff');
    return after;
  },
} satisfies Pick<Handlers, 'staff.list' | 'staff.create' | 'staff.update' | 'staff.setActive'>;
