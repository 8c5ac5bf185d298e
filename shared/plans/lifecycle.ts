import { isCivilDate, type CivilDate } from '../time/civil';
import { STAGE_LABELS } from './labels';
import { STAGES, type Stage, type StageOutcome, type StageRecord } from './types';

/** Stages that cannot be skipped: a plan takes effect only when issued (印发). */
export const UNSKIPPABLE: readonly Stage[] = ['issue'];

export const STAGE_NOTE_MAX = 500;
export const SKIP_REASON_MAX = 200;
export const WHO_MAX = 50;

export interface StageInput {
  stage: Stage;
  outcome: StageOutcome;
  date: CivilDate;
  who: string;
  notes: string;
  skipReason: string;
}

export type RuleResult = { ok: true } | { ok: false; message: string; field: string };

const fail = (message: string, field: string): RuleResult => ({ ok: false, message, field });
const label = (s: Stage) => `「${STAGE_LABELS[s]}」`;

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** The first stage not yet recorded; null when all eight are. Records are always a prefix of STAGES. */
export function nextStage(records: readonly StageRecord[]): Stage | null {
  return STAGES[records.length] ?? null;
}

export function recordOf(records: readonly StageRecord[], stage: Stage): StageRecord | undefined {
  return records.find((r) => r.stage === stage);
}

/** The 印发 date, when the version has been issued. */
export function issueDateOf(records: readonly StageRecord[]): CivilDate | null {
  const r = recordOf(records, 'issue');
  return r && r.outcome === 'done' ? r.date : null;
}

export function isIssued(records: readonly StageRecord[]): boolean {
  return issueDateOf(records) !== null;
}

/** The last stage recorded (done or skipped), if any. */
export function lastRecord(records: readonly StageRecord[]): StageRecord | undefined {
  return records[records.length - 1];
}

/** Check that the records are a well-formed prefix of the lifecycle (used on data read back). */
export function isWellFormed(records: readonly StageRecord[]): boolean {
  return records.every(
    (r, i) =>
      r.stage === STAGES[i] &&
      (r.outcome === 'done' || (r.outcome === 'skipped' && r.skipReason.trim() !== '' && !UNSKIPPABLE.includes(r.stage))) &&
      (i === 0 || records[i - 1]!.date <= r.date),
  );
}

/**
 * May this stage be recorded now? Stages go in order; a stage can be done (date, who, notes) or
 * skipped with a reason; 印发 cannot be skipped; dates never go backwards and never lie in the future.
 */
export function checkStage(records: readonly StageRecord[], input: StageInput, today: CivilDate): RuleResult {
  const next = nextStage(records);
  const existing = recordOf(records, input.stage);
  if (existing) {
    return fail(`${label(input.stage)}已于 ${existing.date} 记录${existing.outcome === 'skipped' ? '为跳过' : ''}；如需更正，请先撤销最后一步`, 'stage');
  }
  if (next === null) return fail('本版本的各环节已全部记录', 'stage');
  if (input.stage !== next) {
    return fail(`请先完成或跳过${label(next)}，再记录${label(input.stage)}`, 'stage');
  }
  if (!isCivilDate(input.date)) return fail(`${label(input.stage)}的日期无效：“${input.date}”，应为有效日期，如 2026-06-01`, 'date');
  if (input.date > today) return fail(`${label(input.stage)}的日期（${input.date}）不能晚于今天（${today}）`, 'date');
  const prev = lastRecord(records);
  if (prev && input.date < prev.date) {
    return fail(`${label(input.stage)}的日期（${input.date}）不能早于上一环节${label(prev.stage)}的日期（${prev.date}）`, 'date');
  }
  if (input.who.trim().length > WHO_MAX) return fail(`经办人最多${WHO_MAX}个字`, 'who');
  if (input.notes.trim().length > STAGE_NOTE_MAX) return fail(`备注最多${STAGE_NOTE_MAX}个字`, 'notes');
  if (input.outcome === 'skipped') {
    if (UNSKIPPABLE.includes(input.stage)) return fail(`${label(input.stage)}不能跳过：预案须经印发才能生效`, 'outcome');
    const reason = input.skipReason.trim();
    if (reason === '') return fail(`跳过${label(input.stage)}须填写原因`, 'skipReason');
    if (reason.length > SKIP_REASON_MAX) return fail(`跳过原因最多${SKIP_REASON_MAX}个字`, 'skipReason');
  }
  return { ok: true };
}

/** A new version (修订) may start only when the latest one has been issued. */
export function checkRevision(latest: { seq: number; stages: readonly StageRecord[] } | undefined): RuleResult {
  if (!latest) return { ok: true };
  if (isIssued(latest.stages)) return { ok: true };
  const next = nextStage(latest.stages);
  return fail(`第${latest.seq}版尚未印发（下一环节${next ? label(next) : ''}），不能再开始新的修订`, 'planId');
}
