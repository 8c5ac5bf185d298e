import { AppError } from '../../../shared/contract/errors';
import { countAssignmentsOfRole } from '../../../db/repos/roster';
import { deleteLeave, getLeave, insertLeave, listLeave, updateLeave } from '../../../db/repos/roster-leave';
import { deleteRole, getRole, insertRole, updateRole, writeRosterSetting, type StoredRole } from '../../../db/repos/roster-roles';
import { getStaff } from '../../../db/repos/staff';
import { civil } from '../../../shared/time/civil';
import { readRosterSettings, rosterConfig, rosterSetup, staffName } from '../services/roster-config';
import { leaveData, leaveSnapshot, leaveViews } from '../services/roster-leave';
import type { Handlers } from '../types';
import type { Db } from '../../../db/open';

function roleSnapshot(db: Db, r: StoredRole) {
  const names = r.staffIds.map((id) => getStaff(db, id)?.name ?? `编号${id}`);
  return {
    roleName: r.name,
    roleLeader: r.leader,
    roleFollowsPeriods: r.followsPeriods,
    roleCounts: `工作日${r.counts.workday}人，周末${r.counts.weekend}人，节假日${r.counts.holiday}人`,
    ...(r.builtin ? {} : { roleStaff: names.join('、') }),
  };
}

function mustLeave(db: Db, id: number) {
  const l = getLeave(db, id);
  if (!l) throw new AppError('not_found', `找不到编号为 ${id} 的请假登记，可能已被删除`, 'id');
  return l;
}

export const rosterConfigHandlers = {
  'roster.config': (_i, { db }) => rosterConfig(db),

  'roster.updateSettings': (input, ctx) => {
    const before = readRosterSettings(ctx.db);
    const keys = (['minRestDays', 'preparer', 'reviewer'] as const).filter((k) => before[k] !== input[k]);
    for (const k of keys) writeRosterSetting(ctx.db, k, input[k]);
    if (keys.length) {
      const pick = (s: typeof before) => Object.fromEntries(keys.map((k) => [k, s[k]]));
      ctx.audit({ entity: 'roster_settings', entityId: null, action: 'update', summary: '修改排班设置', before: pick(before), after: pick(input) });
      ctx.changed('roster');
    }
    return rosterConfig(ctx.db);
  },

  'roster.saveRole': (input, ctx) => {
    const { key, ...data } = input;
    const clash = rosterSetup(ctx.db).roles.find((r) => r.name === data.name && r.key !== key);
    if (clash) throw new AppError('conflict', `已有“${data.name}”这个岗位`, 'name');
    for (const id of data.staffIds) if (!getStaff(ctx.db, id)) throw new AppError('invalid_input', `找不到编号为 ${id} 的人员`, 'staffIds');
    const now = ctx.clock.now();
    if (key === undefined) {
      const created = insertRole(ctx.db, data, now);
      ctx.audit({ entity: 'roster_role', entityId: created.key, action: 'create', summary: `新增值班岗位 ${created.name}`, after: roleSnapshot(ctx.db, created) });
    } else {
      const before = getRole(ctx.db, key);
      if (!before) throw new AppError('not_found', `没有“${key}”这个值班岗位`, 'key');
      const after = updateRole(ctx.db, key, data, now);
      ctx.audit({ entity: 'roster_role', entityId: key, action: 'update', summary: `修改值班岗位 ${after.name}`, before: roleSnapshot(ctx.db, before), after: roleSnapshot(ctx.db, after) });
    }
    ctx.changed('roster');
    return rosterConfig(ctx.db);
  },

  'roster.deleteRole': (input, ctx) => {
    const role = getRole(ctx.db, input.key);
    if (!role) throw new AppError('not_found', `没有“${input.key}”这个值班岗位`, 'key');
    if (role.builtin) throw new AppError('conflict', `${role.name}是基本岗位，不能删除；不需要时可把每日人数设为0`, 'key');
    const used = countAssignmentsOfRole(ctx.db, role.key);
    if (used > 0) throw new AppError('conflict', `${role.name}已有${used}个班次的排班记录，不能删除；不再需要时可把每日人数设为0`, 'key');
    deleteRole(ctx.db, role.key);
    ctx.audit({ entity: 'roster_role', entityId: role.key, action: 'delete', summary: `删除值班岗位 ${role.name}`, before: roleSnapshot(ctx.db, role) });
    ctx.changed('roster');
    return rosterConfig(ctx.db);
  },

  'roster.leave.list': (input, { db }) => leaveViews(rosterSetup(db), listLeave(db, { from: civil(input.year, 1, 1), to: civil(input.year, 12, 31) })),

  'roster.leave.create': (input, ctx) => {
    const created = insertLeave(ctx.db, leaveData(ctx.db, input), ctx.clock.now());
    const setup = rosterSetup(ctx.db);
    const name = staffName(setup, created.staffId);
    ctx.audit({
      entity: 'roster_leave',
      entityId: created.id,
      action: 'create',
      summary: `登记${created.kind} ${name} ${created.from}至${created.to}`,
      after: leaveSnapshot(created, name),
    });
    ctx.changed('roster');
    return leaveViews(setup, [created])[0]!;
  },

  'roster.leave.update': (input, ctx) => {
    const before = mustLeave(ctx.db, input.id);
    const { id, ...rest } = input;
    const after = updateLeave(ctx.db, id, leaveData(ctx.db, rest), ctx.clock.now());
    const setup = rosterSetup(ctx.db);
    ctx.audit({
      entity: 'roster_leave',
      entityId: id,
      action: 'update',
      summary: `修改${after.kind}登记 ${staffName(setup, after.staffId)} ${after.from}至${after.to}`,
      before: leaveSnapshot(before, staffName(setup, before.staffId)),
      after: leaveSnapshot(after, staffName(setup, after.staffId)),
    });
    ctx.changed('roster');
    return leaveViews(setup, [after])[0]!;
  },

  'roster.leave.delete': (input, ctx) => {
    const before = mustLeave(ctx.db, input.id);
    deleteLeave(ctx.db, input.id);
    const name = staffName(rosterSetup(ctx.db), before.staffId);
    ctx.audit({ entity: 'roster_leave', entityId: input.id, action: 'delete', summary: `删除${before.kind}登记 ${name} ${before.from}至${before.to}`, before: leaveSnapshot(before, name) });
    ctx.changed('roster');
    return { id: input.id };
  },
} satisfies Pick<
  Handlers,
  | 'roster.config'
  | 'roster.updateSettings'
  | 'roster.saveRole'
  | 'roster.deleteRole'
  | 'roster.leave.list'
  | 'roster.leave.create'
  | 'roster.leave.update'
  | 'roster.leave.delete'
>;
