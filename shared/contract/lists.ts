import { z } from 'zod';
import { LIST_FILE_MAX_BYTES } from '../lists/types';
import { command, query } from './define';
import type { AuditEntry } from '../audit/types';
import type { Completeness, Gap, Quality } from '../lists/checks';
import { ALL_TARGETS, type ColumnTarget } from '../lists/columns';
import type { LevelSummary, PersonChange } from '../lists/diff';
import type { PublicSection } from '../lists/publish';
import type { RowCounts, RowIssue } from '../lists/rows';
import { CALL_RESULTS, PERSON_LEVELS, type CallResult, type PersonLevel, type PersonRow, type Region, type Zone } from '../lists/types';

export interface ListYearInfo {
  year: number;
  countyName: string;
  copiedFrom: number | null;
  /** 公示日期 */
  published: string | null;
  createdAt: number;
  changedAt: number;
  persons: number;
}

export interface ListsOverview {
  /** The office's current year (Asia/Shanghai). */
  currentYear: number;
  years: ListYearInfo[];
  /** “not updated this year” messages for the current year. */
  stale: string[];
}

export interface RegionNode extends Region {
  /** Active persons at the region's own level. */
  own: number;
  missing: boolean;
  /** Gaps here and below. */
  gaps: number;
}

export interface ZoneNode extends Zone {
  contacts: number;
  missing: boolean;
}

/** The year's tree with the completeness colours. */
export interface ListTree {
  year: number;
  countyName: string;
  regions: RegionNode[];
  zones: ZoneNode[];
  totals: Completeness['totals'];
  gaps: Gap[];
}

export interface PersonPage {
  total: number;
  offset: number;
  rows: PersonRow[];
}

export interface SearchResult {
  rows: PersonRow[];
  more: boolean;
  hint: string | null;
}

export interface CallView {
  id: number;
  at: number;
  phone: string;
  result: CallResult;
  note: string;
  operatorName: string;
}

export interface PersonDetail {
  person: PersonRow;
  /** Audit entries of the person across years, newest first. */
  history: AuditEntry[];
  calls: CallView[];
}

export interface ImportColumn {
  index: number;
  /** A, B, … */
  letter: string;
  header: string;
  /** A few values from the first data rows. */
  samples: string[];
  target: ColumnTarget | null;
  /** What the header alone suggests. */
  suggested: ColumnTarget | null;
}

export interface ImportPreview {
  fileName: string;
  sheets: { index: number; name: string; rows: number }[];
  sheet: number;
  /** Excel row numbers of the header row(s); empty when none was found. */
  headerRows: number[];
  columns: ImportColumn[];
  /** Where the mapping came from: recognised headers, a mapping remembered from an earlier import, or the user. */
  mappingSource: 'auto' | 'remembered' | 'given';
  /** What stops reading the rows (no 姓名 column …). */
  mappingProblems: string[];
  notes: string[];
  /** Townships of the list, for a file without a 乡镇 column. */
  townships: string[];
  counts: RowCounts;
  /** Persons and zones read from the rows. */
  personsRead: number;
  zonesRead: number;
  errors: number;
  warnings: number;
  /** Rows with at least one error (left out when importing the rest). */
  errorRows: number;
  /** The first problems, in row order. */
  issues: RowIssue[];
  issuesTotal: number;
  summary: LevelSummary[];
  /** The first changes, level by level. */
  changes: PersonChange[];
  changesTotal: number;
  newRegions: { level: string; path: string }[];
  zoneChanges: { kind: 'added' | 'changed'; path: string; name: string }[];
  scope: { kind: 'township' | 'village' | 'none'; places: string[]; county: boolean; levels: PersonLevel[] };
  /** Why the sheet cannot be imported as it stands (null: it can, perhaps leaving out rows with errors). */
  problem: string | null;
}

export interface ImportResult {
  summary: LevelSummary[];
  text: string;
  regionsAdded: number;
  zonesAdded: number;
  zonesChanged: number;
  skippedRows: number;
  /** The backup made just before the import ('' when the file changed nothing). */
  backup: string;
}

export interface ListFile {
  name: string;
  mime: string;
  dataBase64: string;
}

export interface PublicTable {
  title: string;
  year: number;
  countyName: string;
  /** The region printed (the whole county or one township/village). */
  scope: string;
  published: string | null;
  sections: PublicSection[];
  total: number;
}

export interface QualityReport {
  year: number;
  stale: string[];
  /** Townships with no change to their persons since the year's list was started. */
  untouchedTownships: string[];
  quality: Quality;
  persons: number;
}

export interface CallListRow {
  person: PersonRow;
  last: CallView | null;
}

export interface CallsPage {
  total: number;
  rows: CallListRow[];
  counts: { persons: number; checked: number; never: number; problems: number };
  recent: (CallView & { personName: string })[];
}

export { LIST_FILE_MAX_BYTES };

const year = z.number().int().min(2000, '年份不正确').max(2100, '年份不正确');
const id = z.number().int().positive();
const level = z.enum(PERSON_LEVELS);
const target = z.enum(ALL_TARGETS as [ColumnTarget, ...ColumnTarget[]]);

export const personFields = {
  level,
  regionId: id,
  zoneId: id.nullable().default(null),
  name: z.string().trim().min(1, '姓名不能为空').max(20, '姓名最多20个字'),
  position: z.string().trim().max(40, '职务最多40个字').default(''),
  duty: z.string().trim().max(200, '责任区域/职责最多200个字').default(''),
  phones: z.array(z.string().max(40, '电话号码过长')).max(5, '最多5个电话').default([]),
  households: z.number().int().min(0, '联系户数不能为负').max(100_000, '联系户数过大').nullable().default(null),
  note: z.string().trim().max(200, '备注最多200个字').default(''),
};

const importFields = {
  year,
  fileName: z.string().max(200, '文件名过长'),
  dataBase64: z.string().max(Math.ceil((LIST_FILE_MAX_BYTES * 4) / 3) + 4, '文件超过 50 MB 的上限，请拆分后再导入'),
  sheet: z.number().int().min(0).optional(),
  mapping: z.array(target.nullable()).max(200).optional(),
  township: z.string().max(40).optional(),
  createRegions: z.boolean().default(false),
  deleteScope: z.enum(['township', 'village', 'none']).default('township'),
};

const zoneFields = {
  regionId: id,
  name: z.string().trim().min(1, '危险区名称不能为空').max(40, '危险区名称最多40个字'),
  households: z.number().int().min(0, '户数不能为负').max(1_000_000).default(0),
  people: z.number().int().min(0, '人数不能为负').max(10_000_000).default(0),
  route: z.string().trim().max(300, '转移路线最多300个字').default(''),
  shelter: z.string().trim().max(100, '避险安置点最多100个字').default(''),
};

/** Chinese names of input fields, for error messages. */
export const LISTS_INPUT_LABELS: Record<string, string> = {
  year: '年份',
  level: '层级',
  regionId: '所属地区',
  zoneId: '危险区',
  name: '名称',
  position: '职务',
  duty: '责任区域/职责',
  phones: '联系电话',
  households: '户数',
  people: '人数',
  route: '转移路线',
  shelter: '避险安置点',
  note: '备注',
  published: '公示日期',
  dataBase64: '文件',
  fileName: '文件名',
  mapping: '列对应',
  result: '抽查结果',
};
const labels = { labels: LISTS_INPUT_LABELS };

export const listMethods = {
  'lists.overview': query(z.object({})).returns<ListsOverview>(),
  'lists.tree': query(z.object({ year })).returns<ListTree>(),
  'lists.persons.page': query(
    z.object({ year, regionId: id.optional(), level: level.optional(), includeInactive: z.boolean().default(false), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) }),
  ).returns<PersonPage>(),
  'lists.persons.search': query(
    z.object({ year, q: z.string().max(60, '查找内容最多60个字'), regionId: id.optional(), includeInactive: z.boolean().default(false), limit: z.number().int().min(1).max(500).default(100) }),
  ).returns<SearchResult>(),
  'lists.persons.detail': query(z.object({ id })).returns<PersonDetail>(),
  'lists.persons.create': command(z.object({ year, ...personFields }), labels).returns<PersonRow>(),
  'lists.persons.update': command(z.object({ id, ...personFields }), labels).returns<PersonRow>(),
  'lists.persons.move': command(z.object({ id, regionId: id, zoneId: id.nullable().default(null) }), labels).returns<PersonRow>(),
  'lists.persons.setActive': command(z.object({ id, active: z.boolean() }), labels).returns<PersonRow>(),
  'lists.years.create': command(z.object({ year, copyFrom: year.nullable().default(null), countyName: z.string().trim().max(30).optional() }), labels).returns<ListYearInfo>(),
  'lists.years.publish': command(z.object({ year, published: z.string().nullable() }), labels).returns<ListYearInfo>(),
  'lists.regions.save': command(z.object({ year, id: id.optional(), parentId: id.optional(), name: z.string().trim().min(1, '地区名称不能为空').max(30, '地区名称最多30个字') }), labels).returns<Region>(),
  'lists.regions.delete': command(z.object({ id }), labels).returns<{ id: number }>(),
  'lists.zones.save': command(z.object({ id: id.optional(), ...zoneFields }), labels).returns<Zone>(),
  'lists.zones.delete': command(z.object({ id }), labels).returns<{ id: number }>(),
  'lists.import.preview': query(z.object(importFields), labels).returns<ImportPreview>(),
  /** Not wrapped by dispatch: backs up first, then imports in its own transaction. */
  'lists.import.commit': command(
    z.object({ ...importFields, skipErrorRows: z.boolean().default(false), rememberMapping: z.boolean().default(true) }),
    { ...labels, ownTransaction: true },
  ).returns<ImportResult>(),
  'lists.export': query(z.object({ year })).returns<ListFile>(),
  'lists.publicTable': query(z.object({ year, regionId: id.optional() })).returns<PublicTable>(),
  'lists.checks.quality': query(z.object({ year, manyRoles: z.number().int().min(2).max(20).default(3) })).returns<QualityReport>(),
  'lists.calls.list': query(
    z.object({ year, filter: z.enum(['all', 'never', 'problems', 'checked']).default('all'), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }),
  ).returns<CallsPage>(),
  'lists.calls.sample': query(z.object({ year, count: z.number().int().min(1).max(50).default(10) })).returns<PersonRow[]>(),
  'lists.calls.record': command(z.object({ personId: id, result: z.enum(CALL_RESULTS), phone: z.string().max(40).default(''), note: z.string().trim().max(200, '说明最多200个字').default('') }), labels).returns<CallView>(),
};

/** Chinese labels of the fields in this area's audit snapshots. */
export const LIST_AUDIT_LABELS: Record<string, string> = {
  listYear: '名单年度',
  personLevel: '层级',
  region: '所属地区',
  zone: '危险区',
  name: '姓名',
  position: '职务',
  duty: '责任区域/职责',
  phones: '联系电话',
  households: '联系户数',
  note: '备注',
  active: '在用',
  published: '公示日期',
  countyName: '县名',
  copiedFrom: '复制自',
  regionName: '地区名称',
  regionLevel: '地区类别',
  zoneName: '危险区名称',
  zoneHouseholds: '危险区户数',
  zonePeople: '危险区人数',
  route: '转移路线',
  shelter: '避险安置点',
  callResult: '抽查结果',
  callPhone: '拨打号码',
  callNote: '抽查说明',
  importFile: '导入文件',
  importSummary: '导入结果',
  importScope: '导入范围',
};
