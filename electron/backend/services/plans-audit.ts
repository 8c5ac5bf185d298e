import { CATEGORY_LABELS, CONCLUSION_LABELS, DRILL_KIND_LABELS, LEVEL_LABELS, STAGE_LABELS, type PlanCycle, type StageRecord } from '../../../shared/plans/index';
import type { PlanRecord, VersionRecord } from '../../../db/repos/plans';
import type { AttachmentRecord } from '../../../db/repos/plans-attachments';
import type { Drill, Evaluation } from '../../../shared/contract/plans';
import { formatSize } from '../../../shared/plans/files';

/** Audit snapshots with this area's own keys (see PLAN_AUDIT_LABELS) and readable values. */
export const planSnapshot = (p: PlanRecord) => ({
  planName: p.name,
  planCategory: CATEGORY_LABELS[p.category],
  planLevel: LEVEL_LABELS[p.level],
  owningUnit: p.unit,
  approver: p.approver,
  note: p.note,
});

export const versionSnapshot = (planName: string, v: VersionRecord) => ({
  planName,
  versionSeq: `第${v.seq}版`,
  versionLabel: v.label,
  revisionReason: v.reason,
  docNo: v.docNo,
});

export const stageSnapshot = (planName: string, seq: number, r: StageRecord, docNo = '') => ({
  planName,
  versionSeq: `第${seq}版`,
  stageName: STAGE_LABELS[r.stage],
  outcome: r.outcome === 'done' ? '完成' : '跳过',
  date: r.date,
  who: r.who,
  notes: r.notes,
  skipReason: r.skipReason,
  ...(r.stage === 'issue' ? { docNo } : {}),
});

export const drillSnapshot = (planName: string, d: Drill) => ({
  planName,
  date: d.date,
  drillKind: DRILL_KIND_LABELS[d.kind],
  participants: d.participants,
  findings: d.findings,
});

export const evaluationSnapshot = (planName: string, e: Evaluation) => ({
  planName,
  date: e.date,
  who: e.who,
  conclusion: CONCLUSION_LABELS[e.conclusion],
  notes: e.notes,
});

export const attachmentSnapshot = (planName: string, a: AttachmentRecord) => ({
  planName,
  fileName: a.name,
  fileSize: formatSize(a.size),
  sha256: a.sha256,
});

export const cycleSnapshot = (c: PlanCycle) => ({
  planCategory: CATEGORY_LABELS[c.category],
  filingWorkdays: c.filingWorkdays,
  evaluationYears: c.evaluationYears,
  drillMonths: c.drillMonths,
});
