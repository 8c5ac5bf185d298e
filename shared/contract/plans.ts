import { z } from 'zod';
import { command, query } from './define';
import type { CivilDate } from '../time/civil';
import type {
  CoverageRow,
  Deadline,
  DeadlineKind,
  DeadlineState,
  DrillKind,
  EvaluationConclusion,
  FilterableRow,
  PlanCategory,
  PlanCycle,
  PlanLevel,
  PlanStatus,
  StageRecord,
  WorkingVersion,
} from '../plans/index';

/** One line of the 台账. */
export interface PlanRow extends FilterableRow {
  id: number;
  name: string;
  category: PlanCategory;
  level: PlanLevel;
  /** 编制单位 (owning unit): a township, village, department or company. */
  unit: string;
  /** 审批机关. */
  approver: string;
  note: string;
  /** The version in force; null while the first version is being drafted. */
  current: { id: number; seq: number; label: string } | null;
  /** 文号 of the version in force ('' if none). */
  docNo: string;
  issued: CivilDate | null;
  filed: CivilDate | null;
  filingSkipped: boolean;
  /** The version being drafted or revised. */
  working: WorkingVersion | null;
  deadlines: Deadline[];
  status: PlanStatus;
  lastDrill: { date: CivilDate; kind: DrillKind } | null;
  lastEvaluation: { date: CivilDate; conclusion: EvaluationConclusion } | null;
  versionCount: number;
  attachmentCount: number;
  updatedAt: number;
}

export interface PlanRegister {
  /** Today in the office (Asia/Shanghai). */
  today: CivilDate;
  rows: PlanRow[];
  /** Years whose holiday arrangement is our estimate: working-day deadlines there are 预估. */
  estimatedYears: number[];
}

export interface PlanVersionView {
  id: number;
  seq: number;
  label: string;
  docNo: string;
  /** 修订原因 ('' for the first version). */
  reason: string;
  createdAt: number;
  stages: StageRecord[];
  issued: CivilDate | null;
  /** The version in force. */
  current: boolean;
  /** The version under way (not yet issued). */
  working: boolean;
}

export interface Drill {
  id: number;
  planId: number;
  date: CivilDate;
  kind: DrillKind;
  participants: string;
  findings: string;
  createdAt: number;
}

export interface Evaluation {
  id: number;
  planId: number;
  /** The version evaluated (the one in force on that date). */
  versionSeq: number | null;
  date: CivilDate;
  who: string;
  conclusion: EvaluationConclusion;
  notes: string;
  createdAt: number;
}

export interface PlanDetail {
  today: CivilDate;
  plan: PlanRow;
  /** Newest first. */
  versions: PlanVersionView[];
  /** Newest first. */
  drills: Drill[];
  /** Newest first. */
  evaluations: Evaluation[];
  cycle: PlanCycle;
}

/** ok: the stored file has the recorded content; missing: gone; altered: its content changed. */
export type AttachmentState = 'ok' | 'missing' | 'altered';

export interface Attachment {
  id: number;
  planId: number;
  versionId: number | null;
  versionSeq: number | null;
  /** The original name, made safe (see safeFileName). */
  name: string;
  size: number;
  sha256: string;
  addedAt: number;
  addedBy: string;
  state: AttachmentState;
}

export interface AttachmentAdded {
  attachment: Attachment;
  /** Other plans that already hold a file with the same content. */
  sameContentElsewhere: { planId: number; planName: string; name: string }[];
}

export interface AttachmentFile {
  name: string;
  mime: string;
  size: number;
  dataBase64: string;
}

export interface AttachmentCheck {
  checked: number;
  problems: (Attachment & { planName: string })[];
}

export interface OverdueItem {
  planId: number;
  planName: string;
  unit: string;
  level: PlanLevel;
  category: PlanCategory;
  kind: DeadlineKind;
  due: CivilDate;
  state: DeadlineState;
  daysOverdue: number;
  estimated: boolean;
}

export interface OverdueBoard {
  today: CivilDate;
  overdue: OverdueItem[];
  dueSoon: OverdueItem[];
}

export interface CoverageBoard {
  today: CivilDate;
  rows: CoverageRow[];
}

export interface ExportFile {
  fileName: string;
  mime: string;
  dataBase64: string;
}

const planId = z.number().int().positive();
const versionId = z.number().int().positive();
const text = z.string().default('');

/** Plan fields: types here; what the values mean is checked by the back end with Chinese messages naming the field. */
export const planFields = {
  name: z.string(),
  category: z.string(),
  level: z.string(),
  unit: z.string(),
  approver: text,
  note: text,
};

/** Registering a plan that was issued before the register existed: earlier stages are skipped with a note. */
export const existingIssue = z.object({
  issued: z.string(),
  docNo: text,
  filed: z.string().nullable().default(null),
});

export const registerFilter = z.object({
  q: z.string().max(100).optional(),
  categories: z.array(z.string()).max(10).optional(),
  levels: z.array(z.string()).max(10).optional(),
  statuses: z.array(z.string()).max(10).optional(),
});

export const planMethods = {
  'plans.list': query(z.object({})).returns<PlanRegister>(),
  'plans.get': query(z.object({ planId })).returns<PlanDetail>(),
  'plans.create': command(z.object({ ...planFields, versionLabel: text, existing: existingIssue.nullable().default(null) })).returns<PlanDetail>(),
  'plans.update': command(z.object({ planId, ...planFields })).returns<PlanDetail>(),
  'plans.revise': command(z.object({ planId, versionLabel: text, reason: z.string() })).returns<PlanDetail>(),
  'plans.stage.record': command(
    z.object({ versionId, stage: z.string(), outcome: z.string().default('done'), date: z.string(), who: text, notes: text, skipReason: text, docNo: text }),
  ).returns<PlanDetail>(),
  'plans.stage.undo': command(z.object({ versionId })).returns<PlanDetail>(),
  'plans.drills.add': command(z.object({ planId, date: z.string(), kind: z.string(), participants: text, findings: text })).returns<PlanDetail>(),
  'plans.drills.remove': command(z.object({ drillId: z.number().int().positive() })).returns<PlanDetail>(),
  'plans.evaluations.add': command(z.object({ planId, date: z.string(), who: text, conclusion: z.string(), notes: text })).returns<PlanDetail>(),
  'plans.evaluations.remove': command(z.object({ evaluationId: z.number().int().positive() })).returns<PlanDetail>(),
  'plans.cycles': query(z.object({})).returns<PlanCycle[]>(),
  'plans.cycles.update': command(
    z.object({ category: z.string(), filingWorkdays: z.number().int(), evaluationYears: z.number().int(), drillMonths: z.number().int() }),
  ).returns<PlanCycle[]>(),
  'plans.attachments.list': query(z.object({ planId })).returns<Attachment[]>(),
  'plans.attachments.add': command(
    z.object({ planId, versionId: versionId.nullable().default(null), name: z.string(), dataBase64: z.string() }),
  ).returns<AttachmentAdded>(),
  'plans.attachments.remove': command(z.object({ attachmentId: z.number().int().positive() })).returns<{ attachmentId: number }>(),
  'plans.attachments.download': query(z.object({ attachmentId: z.number().int().positive() })).returns<AttachmentFile>(),
  /** Desktop only: open a copy of the file with the system's viewer. */
  'plans.attachments.open': query(z.object({ attachmentId: z.number().int().positive() })).returns<{ opened: true }>(),
  'plans.attachments.check': query(z.object({})).returns<AttachmentCheck>(),
  'plans.overdue': query(z.object({})).returns<OverdueBoard>(),
  'plans.coverage': query(z.object({})).returns<CoverageBoard>(),
  'plans.exportXlsx': query(z.object({ filter: registerFilter.default({}) })).returns<ExportFile>(),
};

/** Chinese labels of the fields in this area's audit snapshots (keys chosen not to clash with other areas). */
export const PLAN_AUDIT_LABELS: Record<string, string> = {
  planName: '预案名称',
  planCategory: '预案类别',
  planLevel: '层级',
  owningUnit: '编制单位',
  approver: '审批机关',
  versionSeq: '版次',
  versionLabel: '版本',
  revisionReason: '修订原因',
  stageName: '环节',
  outcome: '结果',
  who: '经办人',
  notes: '备注',
  skipReason: '跳过原因',
  drillKind: '演练形式',
  participants: '参演单位和人员',
  findings: '发现的问题',
  conclusion: '评估结论',
  fileName: '文件名',
  fileSize: '大小',
  sha256: '内容校验值',
  filingWorkdays: '备案时限（工作日）',
  evaluationYears: '评估周期（年）',
  drillMonths: '演练周期（月）',
};

/**
 * Chinese names of this area's input fields, for messages about wrong types. The shared label map in
 * dispatch is flat and other areas already use `name`, `category`, `kind` for other things, so these
 * only help once dispatch picks labels per area (see the note to the lead).
 */
export const PLAN_INPUT_LABELS: Record<string, string> = {
  name: '预案名称',
  category: '预案类别',
  level: '层级',
  unit: '编制单位',
  approver: '审批机关',
  note: '备注',
  versionLabel: '版本名称',
  existing: '已印发预案',
  'existing.issued': '印发日期',
  'existing.docNo': '文号',
  'existing.filed': '备案日期',
  planId: '预案编号',
  versionId: '版本编号',
  stage: '环节',
  outcome: '结果',
  date: '日期',
  who: '经办人',
  notes: '备注',
  skipReason: '跳过原因',
  docNo: '文号',
  reason: '修订原因',
  kind: '演练形式',
  participants: '参演单位和人员',
  findings: '发现的问题',
  conclusion: '评估结论',
  drillId: '演练记录编号',
  evaluationId: '评估记录编号',
  attachmentId: '附件编号',
  dataBase64: '附件内容',
  filingWorkdays: '备案时限',
  evaluationYears: '评估周期',
  drillMonths: '演练周期',
  filter: '筛选条件',
};
