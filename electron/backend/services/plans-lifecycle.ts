import type { Db } from '../../../db/open';
import { getVersion, insertVersion, listVersions, setCurrentVersion, setVersionDocNo, type VersionRecord } from '../../../db/repos/plans';
import { deleteStage, insertStage, listStages } from '../../../db/repos/plans-stages';
import { AppError } from '../../../shared/contract/errors';
import { checkRevision, checkStage, currentVersionOf, lastRecord, STAGE_LABELS, STAGES, type StageInput, type StageRecord } from '../../../shared/plans/index';
import type { CivilDate } from '../../../shared/time/civil';
import { DOC_NO_MAX, LABEL_MAX, REASON_MAX, invalid, outcomeOf, pastDate, stageOf, textField } from './plans-input';

export type VersionWithStages = VersionRecord & { stages: StageRecord[] };

export function versionsWithStages(db: Db, planId: number): VersionWithStages[] {
  return listVersions(db, planId).map((v) => ({ ...v, stages: listStages(db, v.id) }));
}

/** Keep the plan's current pointer on its latest issued version. */
export function refreshCurrent(db: Db, planId: number, now: number): void {
  const cur = currentVersionOf(versionsWithStages(db, planId));
  setCurrentVersion(db, planId, cur?.id ?? null, now);
}

export function mustGetVersion(db: Db, versionId: number): VersionRecord {
  const v = getVersion(db, versionId);
  if (!v) throw new AppError('not_found', `找不到编号为 ${versionId} 的预案版本`, 'versionId');
  return v;
}

/**
 * Only the latest version and the version in force take new stage records (备案 of the version in
 * force may come after a revision started); older versions are read-only.
 */
function mustBeOpen(db: Db, v: VersionRecord): { versions: VersionWithStages[]; latest: VersionWithStages; stages: StageRecord[] } {
  const versions = versionsWithStages(db, v.planId);
  const latest = versions[versions.length - 1]!;
  const current = currentVersionOf(versions);
  if (v.id !== latest.id && v.id !== current?.id) {
    throw new AppError('conflict', `第${v.seq}版已被第${current?.seq ?? latest.seq}版取代，旧版本只能查看，不能再修改`, 'versionId');
  }
  return { versions, latest, stages: versions.find((x) => x.id === v.id)!.stages };
}

export interface StageRequest {
  stage: string;
  outcome: string;
  date: string;
  who: string;
  notes: string;
  skipReason: string;
  docNo: string;
}

/** Record the next stage of a version (done, or skipped with a reason); 印发 sets the 文号 and moves the current pointer. */
export function recordStage(db: Db, v: VersionRecord, req: StageRequest, today: CivilDate, now: number): { record: StageRecord; docNo: string } {
  const { stages } = mustBeOpen(db, v);
  const input: StageInput = {
    stage: stageOf(req.stage),
    outcome: outcomeOf(req.outcome),
    date: req.date.trim(),
    who: req.who.trim(),
    notes: req.notes.trim(),
    skipReason: req.outcome === 'skipped' ? req.skipReason.trim() : '',
  };
  const check = checkStage(stages, input, today);
  if (!check.ok) throw new AppError(check.field === 'stage' ? 'conflict' : 'invalid_input', check.message, check.field);
  let docNo = v.docNo;
  if (input.stage === 'issue') {
    docNo = textField(req.docNo, 'docNo', '文号', DOC_NO_MAX);
    if (docNo !== v.docNo) setVersionDocNo(db, v.id, docNo);
  }
  insertStage(db, v.id, input, now);
  refreshCurrent(db, v.planId, now);
  return { record: input, docNo };
}

/** Withdraw the last recorded stage of the latest version or of the version in force. */
export function undoStage(db: Db, v: VersionRecord, now: number): StageRecord {
  const { latest, stages } = mustBeOpen(db, v);
  const last = lastRecord(stages);
  if (!last) throw new AppError('conflict', `第${v.seq}版还没有记录任何环节`, 'versionId');
  if (last.stage === 'issue' && v.id !== latest.id) {
    throw new AppError('conflict', `第${v.seq}版之后已有第${latest.seq}版，不能撤销其印发`, 'versionId');
  }
  deleteStage(db, v.id, last.stage);
  refreshCurrent(db, v.planId, now);
  return last;
}

/** Start a new version (修订); the latest must have been issued. */
export function startRevision(db: Db, planId: number, req: { versionLabel: string; reason: string }, now: number): VersionRecord {
  const versions = versionsWithStages(db, planId);
  const check = checkRevision(versions[versions.length - 1]);
  if (!check.ok) throw new AppError('conflict', check.message, check.field);
  const label = textField(req.versionLabel, 'versionLabel', '版本名称', LABEL_MAX);
  const reason = textField(req.reason, 'reason', '修订原因', REASON_MAX, true);
  return insertVersion(db, planId, { label, reason }, now);
}

export const EXISTING_SKIP_REASON = '登记已印发的预案，印发前各环节未录入';

/**
 * Register a plan issued before the register existed: the stages before 印发 are recorded as
 * skipped (with a fixed reason), then 印发 and, if given, 备案.
 */
export function recordExisting(
  db: Db,
  v: VersionRecord,
  existing: { issued: string; docNo: string; filed: string | null },
  today: CivilDate,
  now: number,
): StageRecord[] {
  const issued = pastDate(existing.issued, 'existing.issued', '印发日期', today);
  const filed = existing.filed && existing.filed.trim() !== '' ? pastDate(existing.filed, 'existing.filed', '备案日期', today) : null;
  if (filed && filed < issued) throw invalid(`备案日期（${filed}）不能早于印发日期（${issued}）`, 'existing.filed');
  const docNo = textField(existing.docNo, 'existing.docNo', '文号', DOC_NO_MAX);
  setVersionDocNo(db, v.id, docNo);
  const records: StageRecord[] = [];
  for (const stage of STAGES.slice(0, STAGES.indexOf('issue'))) {
    records.push({ stage, outcome: 'skipped', date: issued, who: '', notes: '', skipReason: EXISTING_SKIP_REASON });
  }
  records.push({ stage: 'issue', outcome: 'done', date: issued, who: '', notes: '', skipReason: '' });
  if (filed) records.push({ stage: 'file', outcome: 'done', date: filed, who: '', notes: '', skipReason: '' });
  const done: StageRecord[] = [];
  for (const r of records) {
    const check = checkStage(done, r, today);
    if (!check.ok) throw invalid(`${STAGE_LABELS[r.stage]}：${check.message}`, 'existing');
    insertStage(db, v.id, r, now);
    done.push(r);
  }
  refreshCurrent(db, v.planId, now);
  return done;
}

