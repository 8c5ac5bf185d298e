import { AppError } from '../../../shared/contract/errors';
import { getStaff } from '../../../db/repos/staff';
import type { Handlers } from '../types';

export const sessionHandlers = {
  'session.get': (_input, { operator }) => ({ operator }),
  'session.setOperator': (input, ctx) => {
    const s = getStaff(ctx.db, input.staffId);
    if (!s) throw new AppError('not_found', `找不到编号为 ${input.staffId} 的人员`, 'staffId');
    if (!s.active) throw new AppError('conflict', `${s.name} 已停用，不能作为操作员`, 'staffId');
    const op = { id: s.id, name: s.name };
    const previous = ctx.operator;
    ctx.backend.setOperator(op);
    ctx.audit({ entity: 'session', entityId: s.id, action: 'login', summary: `操作员切换为 ${s.name}`, before: previous, after: op });
    ctx.changed('session');
    return { operator: op };
  },
} satisfies Pick<Handlers, 'session.get' | 'session.setOperator'>;
