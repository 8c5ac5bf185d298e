import { parseLevel } from './levels';
import { allowsSeveral, type ColumnMapping, type ColumnTarget, type GroupField } from './columns';
import { cellAt, type SheetGrid } from './grid';
import { headerKey, stripBrackets } from './text';

/** Header words townships use for each column (compared without spaces, brackets unified). */
export const HEADER_SYNONYMS: Record<Exclude<ColumnTarget, `${string}.${string}`>, readonly string[]> = {
  township: ['乡镇', '镇', '乡', '街道', '乡镇(街道)', '乡(镇)', '乡镇街道', '乡镇/街道', '镇(街道)', '镇(乡)', '乡(镇、街道)', '乡镇(街道、场)', '所属乡镇', '乡镇名称', '乡镇(街道)名称'],
  village: ['行政村', '村', '社区', '村(社区)', '行政村(社区)', '村居', '村(居)', '村委会', '所属村', '村名', '村名称', '行政村名称', '村(社区)名称'],
  group: ['村民组', '组', '村民小组', '小组', '自然村', '组(自然村)', '自然村(组)', '村民组(自然村)', '屯', '组名', '村民组名称'],
  zone: ['危险区', '危险区名称', '山洪危险区', '危险区(点)', '危险区(点)名称', '危险点', '隐患点', '危险区域', '山洪灾害危险区', '防治区'],
  zoneHouseholds: ['危险区户数', '涉及户数', '影响户数', '危险区内户数', '居住户数'],
  zonePeople: ['危险区人数', '涉及人数', '影响人数', '危险区内人数', '人数', '人口', '居住人数', '涉及人口'],
  route: ['转移路线', '撤离路线', '转移路径', '避险转移路线', '撤离路径'],
  shelter: ['避险安置点', '安置点', '避险点', '转移安置点', '避险场所', '避灾点', '安置地点', '临时安置点'],
  level: ['责任人类别', '类别', '层级', '级别', '责任人级别', '责任层级', '责任人层级', '责任级别', '责任人类型'],
  name: ['姓名', '责任人', '责任人姓名', '名字', '联系人', '联系人姓名', '负责人', '包保责任人', '联户责任人'],
  position: ['职务', '职位', '单位及职务', '工作单位及职务', '单位职务', '工作单位职务', '现任职务', '职务(职称)'],
  phones: ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', '电话号码', '办公电话', '移动电话', '联系电话(手机)', '固定电话', '座机'],
  duty: ['责任区域', '职责', '责任范围', '包保区域', '负责区域', '责任片区', '责任区', '包保范围', '主要职责', '岗位职责'],
  households: ['联系户数', '包保户数', '户数', '责任户数', '联户数', '包保户', '联系农户数'],
  note: ['备注', '说明'],
};

/** Columns that are recognised and left out (序号 …). */
const IGNORED = ['序号', '编号', '序', 'No', 'NO', 'No.'];

const GROUP_FIELD_WORDS: Record<GroupField, readonly string[]> = {
  name: ['姓名', '责任人', '名字', '负责人'],
  position: HEADER_SYNONYMS.position,
  phones: HEADER_SYNONYMS.phones,
  duty: HEADER_SYNONYMS.duty,
};

type PlainTarget = keyof typeof HEADER_SYNONYMS;
const EXACT = new Map<string, PlainTarget>();
for (const [t, words] of Object.entries(HEADER_SYNONYMS) as [PlainTarget, readonly string[]][]) {
  for (const w of words) if (!EXACT.has(headerKey(w))) EXACT.set(headerKey(w), t);
}
/** Longest words first, for “contains” matching (村民组名称 → 村民组, not 村). */
const CONTAINS = [...EXACT.entries()].filter(([w]) => w.length >= 2).sort((a, b) => b[0].length - a[0].length);

function plainTarget(text: string, allowContains: boolean): PlainTarget | null {
  const k = headerKey(text);
  if (k === '') return null;
  const exact = EXACT.get(k) ?? EXACT.get(stripBrackets(k));
  if (exact) return exact;
  if (!allowContains) return null;
  const s = stripBrackets(k);
  for (const [w, t] of CONTAINS) if (s.includes(w)) return t;
  return null;
}

function groupField(text: string): GroupField | null {
  const k = stripBrackets(headerKey(text));
  for (const f of Object.keys(GROUP_FIELD_WORDS) as GroupField[]) {
    if (GROUP_FIELD_WORDS[f].some((w) => stripBrackets(headerKey(w)) === k)) return f;
  }
  for (const f of ['phones', 'position', 'name', 'duty'] as GroupField[]) {
    if (GROUP_FIELD_WORDS[f].some((w) => w.length >= 2 && k.includes(stripBrackets(headerKey(w))))) return f;
  }
  return null;
}

const ZONE_PARENT = /危险区|危险点|隐患点/;

/** The target a column's header suggests; `parent` is the upper row of a two-row header ('' if none). */
export function matchHeader(parent: string, child: string): ColumnTarget | null {
  const p = parent.trim();
  const c = child.trim();
  if (p && c && p !== c) {
    const level = parseLevel(p);
    const field = groupField(c);
    if (level && field) return `${level}.${field}`;
    if (ZONE_PARENT.test(p)) {
      const k = stripBrackets(headerKey(c));
      if (/户数|户/.test(k)) return 'zoneHouseholds';
      if (/人数|人口|人/.test(k)) return 'zonePeople';
      if (/名称|名字|^危险区/.test(k)) return 'zone';
    }
    return plainTarget(`${p}${c}`, false) ?? plainTarget(c, true) ?? plainTarget(p, true);
  }
  return plainTarget(c || p, true);
}

function isIgnored(text: string): boolean {
  const k = headerKey(text);
  return IGNORED.some((w) => headerKey(w) === k);
}

export interface HeaderInfo {
  /** Indexes into grid.rows of the header row(s): one or two. */
  rows: number[];
  /** The header text of each column (“乡级责任人/姓名” for a two-row header). */
  texts: string[];
  parents: string[];
  children: string[];
}

/** How many cells of a row read exactly like a header word (a title row scores 0). */
function headerScore(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c.trim() && (plainTarget(c, false) || isIgnored(c) || parseLevel(c))) n++;
  return n;
}

function personFieldCount(cells: readonly string[]): number {
  return cells.filter((c) => c.trim() && groupField(c) && plainTarget(c, false)).length;
}

/**
 * Find the header: the first of the top rows with at least two header words; a second header row
 * follows when the row below also reads as headers (姓名/职务/电话 under each level's group).
 */
export function detectHeader(grid: SheetGrid, maxScan = 20): HeaderInfo | null {
  const limit = Math.min(grid.rows.length, maxScan);
  for (let i = 0; i < limit; i++) {
    const row = grid.rows[i]!;
    if (headerScore(row.cells) < 2) continue;
    const next = grid.rows[i + 1];
    const rows = [i];
    if (next && next.n === row.n + 1 && headerScore(next.cells) >= 2 && personFieldCount(next.cells) >= 1) {
      // Two header rows when the upper one has a column group (a level or 危险区 over several columns).
      const groups = row.cells.some((c) => c.trim() && (parseLevel(c) || ZONE_PARENT.test(c)) && !plainTarget(c, false));
      const differs = next.cells.some((c, j) => c.trim() !== '' && c.trim() !== cellAt(row, j).trim());
      if (groups || differs) rows.push(i + 1);
    }
    const width = grid.width;
    const parents: string[] = [];
    const children: string[] = [];
    const texts: string[] = [];
    for (let j = 0; j < width; j++) {
      const top = cellAt(row, j).trim();
      const below = rows.length === 2 ? cellAt(next!, j).trim() : '';
      const parent = rows.length === 2 && below !== '' && below !== top ? top : '';
      const child = rows.length === 2 ? (below !== '' ? below : top) : top;
      parents.push(parent);
      children.push(child);
      texts.push(parent ? `${parent}/${child}` : child);
    }
    return { rows, texts, parents, children };
  }
  return null;
}

/** Suggest a target per column; a target is used once (phones and notes may come from several columns). */
export function autoMap(header: HeaderInfo): ColumnMapping {
  const used = new Set<ColumnTarget>();
  const out: ColumnMapping = header.texts.map((_, j) => {
    const child = header.children[j] ?? '';
    if (isIgnored(child) && !header.parents[j]) return null;
    const t = matchHeader(header.parents[j] ?? '', child);
    if (!t) return null;
    if (used.has(t) && !allowsSeveral(t)) return null;
    used.add(t);
    return t;
  });
  // A sheet of danger zones (no person names): its 户数 is the zone's, not a contact's.
  const names = out.some((t) => t === 'name' || (t !== null && t.endsWith('.name')));
  const h = out.indexOf('households');
  if (!names && out.includes('zone') && h >= 0 && !out.includes('zoneHouseholds')) out[h] = 'zoneHouseholds';
  return out;
}

/** The key a remembered mapping is stored under: the header texts, cleaned. */
export function headerSignature(header: HeaderInfo): string {
  return header.texts.map((t) => headerKey(t)).join('|');
}
