import { CATEGORY_LABELS, DEADLINE_KIND_LABELS, DRILL_KIND_LABELS, LEVEL_LABELS, STAGE_LABELS, STATUS_LABELS } from './labels';
import type { CivilDate } from '../time/civil';
import type { Deadline, DrillKind, PlanCategory, PlanLevel, PlanStatus } from './types';
import type { WorkingVersion } from './summary';

/** What one 台账 line needs (a subset of the register row). */
export interface LedgerSource {
  name: string;
  category: PlanCategory;
  level: PlanLevel;
  unit: string;
  approver: string;
  docNo: string;
  issued: CivilDate | null;
  filed: CivilDate | null;
  filingSkipped: boolean;
  current: { seq: number; label: string } | null;
  working: WorkingVersion | null;
  deadlines: readonly Deadline[];
  status: PlanStatus;
  lastDrill: { date: CivilDate; kind: DrillKind } | null;
}

export interface LedgerColumn {
  key: string;
  title: string;
  /** Relative width (print: percent of the table; xlsx: characters). */
  width: number;
}

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { key: 'no', title: '序号', width: 3.5 },
  { key: 'name', title: '预案名称', width: 15 },
  { key: 'category', title: '类别', width: 7 },
  { key: 'level', title: '层级', width: 5.5 },
  { key: 'unit', title: '编制单位', width: 11 },
  { key: 'approver', title: '审批机关', width: 10 },
  { key: 'docNo', title: '文号', width: 11 },
  { key: 'issued', title: '印发日期', width: 11 },
  { key: 'version', title: '现行版本', width: 10 },
  { key: 'filing', title: '备案情况', width: 12 },
  { key: 'drill', title: '最近演练', width: 11 },
  { key: 'status', title: '状态', width: 7.5 },
];

const dash = (s: string | null | undefined) => (s && s.trim() !== '' ? s : '—');

export function versionText(r: Pick<LedgerSource, 'current' | 'working'>): string {
  const cur = r.current ? `第${r.current.seq}版${r.current.label ? `\n（${r.current.label}）` : ''}` : '';
  const work = r.working ? `第${r.working.seq}版${r.current ? '修订' : '编制'}中，下一步：${r.working.next ? STAGE_LABELS[r.working.next] : '—'}` : '';
  return [cur, work].filter(Boolean).join('\n') || '—';
}

export function filingText(r: Pick<LedgerSource, 'current' | 'filed' | 'filingSkipped' | 'deadlines'>): string {
  if (!r.current) return '—';
  const d = r.deadlines.find((x) => x.kind === 'filing');
  if (r.filed) return d?.late ? `${r.filed}\n备案（逾期）` : `${r.filed}\n已备案`;
  if (r.filingSkipped) return '不需备案';
  if (!d) return '—';
  if (d.state === 'overdue') return `逾期${d.daysOverdue}天未备案\n（应于${d.due}前）`;
  return `待备案\n（${d.due}前）`;
}

export function statusText(r: Pick<LedgerSource, 'status' | 'deadlines'>): string {
  if (r.status !== 'overdue') return STATUS_LABELS[r.status];
  const kinds = r.deadlines.filter((d) => d.state === 'overdue').map((d) => DEADLINE_KIND_LABELS[d.kind]);
  return `逾期：${kinds.join('、')}`;
}

/** The cells of one 台账 line, in LEDGER_COLUMNS order, as plain text (\n = line break). */
export function ledgerCells(r: LedgerSource, index: number): string[] {
  return [
    String(index + 1),
    r.name,
    CATEGORY_LABELS[r.category],
    LEVEL_LABELS[r.level],
    r.unit,
    dash(r.approver),
    dash(r.docNo),
    dash(r.issued),
    versionText(r),
    filingText(r),
    r.lastDrill ? `${r.lastDrill.date}\n${DRILL_KIND_LABELS[r.lastDrill.kind]}` : '未演练',
    statusText(r),
  ];
}

/** “2026年11月30日” */
export function dateZh(d: CivilDate): string {
  return `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}

export function ledgerTitle(org: string): string {
  return `${org.trim()}应急预案台账`;
}
