import { AppError } from '../../../shared/contract/errors';
import { normalizePhone } from '../../../shared/phone';
import { getUnit, insertUnit, listUnits, setUnitActive, unitByName, updateUnit } from '../../../db/repos/reports-units';
import type { Handlers } from '../types';

function phone(raw: string): string {
  if (!raw.trim()) return '';
  const r = normalizePhone(raw);
  if (!r.ok) throw new AppError('invalid_input', `字段「电话」：${r.message}`, 'phone');
  return r.value;
}

/** 报送单位 (kept in 设置): the units that report zero reports. */
export const unitHandlers = {
  'reports.units': (input, { db }) => listUnits(db, input.includeInactive),
  'reports.saveUnit': (input, ctx) => {
    const data = { name: input.name, kind: input.kind, phone: phone(input.phone) };
    const same = unitByName(ctx.db, data.name);
    if (same && same.id !== input.id) throw new AppError('conflict', `已有同名报送单位“${data.name}”`, 'name');
    const now = ctx.clock.now();
    if (input.id === undefined) {
      const created = insertUnit(ctx.db, data, now);
      ctx.audit({ entity: 'report_unit', entityId: created.id, action: 'create', summary: `新增报送单位 ${created.name}`, after: created });
      ctx.changed('reports');
      return created;
    }
    const before = getUnit(ctx.db, input.id);
    if (!before) throw new AppError('not_found', `找不到编号为 ${input.id} 的报送单位`, 'id');
    const after = updateUnit(ctx.db, input.id, data, now);
    ctx.audit({ entity: 'report_unit', entityId: after.id, action: 'update', summary: `修改报送单位 ${after.name}`, before, after });
    ctx.changed('reports');
    return after;
  },
  'reports.setUnitActive': (input, ctx) => {
    const before = getUnit(ctx.db, input.id);
    if (!before) throw new AppError('not_found', `找不到编号为 ${input.id} 的报送单位`, 'id');
    const after = setUnitActive(ctx.db, input.id, input.active, ctx.clock.now());
    ctx.audit({
      entity: 'report_unit',
      entityId: after.id,
      action: input.active ? 'activate' : 'deactivate',
      summary: `${input.active ? '启用' : '停用'}报送单位 ${after.name}`,
      before,
      after,
    });
    ctx.changed('reports');
    return after;
  },
} satisfies Pick<Handlers, 'reports.units' | 'reports.saveUnit' | 'reports.setUnitActive'>;
