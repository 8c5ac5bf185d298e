import type { Db } from '../../../db/open';
import type { LeaveData, StoredLeave } from '../../../db/repos/roster-leave';
import { getStaff } from '../../../db/repos/staff';
import { AppError } from '../../../shared/contract/errors';
import type { LeaveView } from '../../../shared/contract/roster';
import { staffName, type RosterSetup } from './roster-config';
import { checkRange } from './roster-input';

export function leaveViews(setup: RosterSetup, list: readonly StoredLeave[]): LeaveView[] {
  return list.map((l) => ({ id: l.id, staffId: l.staffId, staffName: staffName(setup, l.staffId), from: l.from, to: l.to, kind: l.kind, note: l.note }));
}

/** Check a leave entry (a known person, a range of at most a year) and say what is wrong in Chinese. */
export function leaveData(db: Db, input: LeaveData): LeaveData {
  if (!getStaff(db, input.staffId)) throw new AppError('invalid_input', `找不到编号为 ${input.staffId} 的人员`, 'staffId');
  checkRange(input.from, input.to);
  return { staffId: input.staffId, from: input.from, to: input.to, kind: input.kind, note: input.note.trim() };
}

/** The audit snapshot of a leave entry. */
export function leaveSnapshot(l: StoredLeave, name: string) {
  return { leaveStaff: name, leaveFrom: l.from, leaveTo: l.to, leaveKind: l.kind, leaveNote: l.note };
}
