import { z } from 'zod';
import { command, query } from './define';
import { LIST_FILE_MAX_BYTES, type ListFile } from './lists';
import { RELATED_KINDS, WORK_KINDS, type Leader, type RelatedIssue, type RelatedKind, type Work } from '../lists/related';

/** 县级领导包保 and 水库（重点工程）三个责任人: simpler lists beside the five-level list, same years. */

export interface LeaderRow extends Leader {
  /** Names of the assigned townships, in order. */
  townships: string[];
}

export interface WorkRow extends Work {
  township: string;
}

export interface RelatedImportPreview {
  kind: RelatedKind;
  fileName: string;
  sheets: { index: number; name: string; rows: number }[];
  sheet: number;
  /** Excel row numbers of the header. */
  headerRows: number[];
  columns: { letter: string; header: string; field: string | null }[];
  /** Rows read as entries. */
  read: number;
  skipped: { blank: number; subtotal: number; footer: number };
  errors: number;
  warnings: number;
  issues: RelatedIssue[];
  /** Names new to the year's list, and those whose fields change (with the fields' Chinese names). */
  added: string[];
  changed: { name: string; fields: string[] }[];
  unchanged: number;
  /** Why nothing can be imported (no header found, errors in rows); null when the file can be committed. */
  problem: string | null;
}

export interface RelatedImportResult {
  added: number;
  changed: number;
  unchanged: number;
  text: string;
  backup: string;
}

const year = z.number().int().min(2000, '年份不正确').max(2100, '年份不正确');
const id = z.number().int().positive();
const kind = z.enum(RELATED_KINDS);
const phones = z.array(z.string().max(40, '电话号码过长')).max(5, '最多5个电话').default([]);
const personName = (what: string) => z.string().trim().max(20, `${what}最多20个字`).default('');
const position = z.string().trim().max(40, '职务最多40个字').default('');
const note = z.string().trim().max(200, '备注最多200个字').default('');

export const leaderFields = {
  name: z.string().trim().min(1, '姓名不能为空').max(20, '姓名最多20个字'),
  position,
  phones,
  townshipIds: z.array(id).max(50, '包保乡镇最多50个').default([]),
  works: z.array(z.string().trim().min(1, '工程名称不能为空').max(40, '工程名称最多40个字')).max(50, '包保工程最多50处').default([]),
  note,
};

const role = (what: string) => z.object({ name: personName(what), position, phones }).default({ name: '', position: '', phones: [] });

export const workFields = {
  name: z.string().trim().min(1, '工程名称不能为空').max(40, '工程名称最多40个字'),
  kind: z.enum(WORK_KINDS, '工程类型不正确'),
  townshipId: id.nullable().default(null),
  scale: z.string().trim().max(10, '规模最多10个字').default(''),
  admin: role('行政责任人姓名'),
  tech: role('技术责任人姓名'),
  patrol: role('巡查责任人姓名'),
  note,
};

const fileFields = {
  year,
  kind,
  fileName: z.string().max(200, '文件名过长'),
  dataBase64: z.string().max(Math.ceil((LIST_FILE_MAX_BYTES * 4) / 3) + 4, '文件超过 50 MB 的上限，请拆分后再导入'),
  sheet: z.number().int().min(0).max(500).optional(),
};

/** Chinese names of input fields, for error messages. */
export const RELATED_INPUT_LABELS: Record<string, string> = {
  year: '年份',
  kind: '名单类别',
  name: '名称',
  position: '职务',
  phones: '联系电话',
  townshipIds: '包保乡镇',
  works: '包保工程',
  note: '备注',
  townshipId: '所在乡镇',
  scale: '规模',
  admin: '行政责任人',
  tech: '技术责任人',
  patrol: '巡查责任人',
  fileName: '文件名',
  dataBase64: '文件',
  sheet: '工作表',
};
const labels = { labels: RELATED_INPUT_LABELS };
/** In a work, `kind` is the work's type (水库, 堤防…), not the list's. */
const workLabels = { labels: { ...RELATED_INPUT_LABELS, kind: '工程类型' } };

export const relatedListMethods = {
  'lists.related.leaders': query(z.object({ year }), labels).returns<LeaderRow[]>(),
  'lists.related.saveLeader': command(z.object({ year, id: id.optional(), ...leaderFields }), labels).returns<LeaderRow>(),
  'lists.related.deleteLeader': command(z.object({ id }), labels).returns<{ id: number }>(),
  'lists.related.works': query(z.object({ year }), labels).returns<WorkRow[]>(),
  'lists.related.saveWork': command(z.object({ year, id: id.optional(), ...workFields }), workLabels).returns<WorkRow>(),
  'lists.related.deleteWork': command(z.object({ id }), labels).returns<{ id: number }>(),
  'lists.related.importPreview': query(z.object(fileFields), labels).returns<RelatedImportPreview>(),
  /** Not wrapped by dispatch: backs up first, then writes every row in one transaction, or nothing. */
  'lists.related.importCommit': command(z.object(fileFields), { ...labels, ownTransaction: true }).returns<RelatedImportResult>(),
  'lists.related.export': query(z.object({ year, kind }), labels).returns<ListFile>(),
};

/** Chinese labels of the fields in this area's audit snapshots. */
export const RELATED_AUDIT_LABELS: Record<string, string> = {
  leaderName: '包保领导',
  leaderTownships: '包保乡镇',
  leaderWorks: '包保工程',
  workName: '工程名称',
  workKind: '工程类型',
  workTownship: '所在乡镇',
  workScale: '规模',
  adminName: '行政责任人',
  adminPosition: '行政责任人职务',
  adminPhones: '行政责任人电话',
  techName: '技术责任人',
  techPosition: '技术责任人职务',
  techPhones: '技术责任人电话',
  patrolName: '巡查责任人',
  patrolPosition: '巡查责任人职务',
  patrolPhones: '巡查责任人电话',
  relatedKind: '名单类别',
  importAdded: '新增',
  importChanged: '变更',
};
