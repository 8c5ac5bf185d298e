import { parsePhoneList } from '../phone';
import { TARGET_ZH, type ColumnMapping, type ColumnTarget, type GroupField } from './columns';
import { cellAt, isBlankRow, isFooterRow, isSubtotalRow, type GridRow, type SheetGrid } from './grid';
import type { HeaderInfo } from './headers';
import { parseLevel } from './levels';
import { cleanLine, cleanName, cleanText, clipMessage, clipText, columnLetter, headerKey, parseCount } from './text';
import { LEVEL_ZH, PERSON_LEVELS, type PersonLevel } from './types';

/** The place a row names, by name; '' where absent. */
export interface RegionNames {
  township: string;
  village: string;
  group: string;
}

export interface ImportedPerson extends RegionNames {
  row: number;
  level: PersonLevel;
  zone: string;
  name: string;
  position: string;
  duty: string;
  phones: string[];
  households: number | null;
  note: string;
}

/** A 危险区 from the sheet; null attributes were not given (keep what the list has). */
export interface ImportedZone extends RegionNames {
  row: number;
  name: string;
  households: number | null;
  people: number | null;
  route: string | null;
  shelter: string | null;
}

export interface ImportedRegion extends RegionNames {
  row: number;
}

export interface RowIssue {
  /** Sheet row number, as Excel shows it. */
  row: number;
  /** Column letter (E), '' when the row as a whole is meant. */
  column: string;
  /** The column's header text. */
  header: string;
  /** What the column holds (姓名, 联系电话 …). */
  field: string;
  value: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface RowCounts {
  dataRows: number;
  blank: number;
  subtotal: number;
  footer: number;
  repeatedHeader: number;
}

export interface RowsResult {
  persons: ImportedPerson[];
  zones: ImportedZone[];
  regions: ImportedRegion[];
  issues: RowIssue[];
  counts: RowCounts;
}

export interface RowOptions {
  /** The township a file without a 乡镇 column (or with blanks there) belongs to. */
  township?: string;
  /** Rows to leave out (rows with errors, when the user imports the rest); their places still carry down. */
  skipRows?: ReadonlySet<number>;
}

/** Problems with the mapping as a whole: what the sheet cannot be read without. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const has = (t: ColumnTarget) => mapping.includes(t);
  const levelNames = PERSON_LEVELS.filter((l) => has(`${l}.name`));
  const out: string[] = [];
  const noName = !has('name') && levelNames.length === 0;
  if (noName && !has('zone')) return ['没有找到“姓名”列：请在下表中指定哪一列是责任人姓名'];
  const groupsWithoutName = PERSON_LEVELS.filter((l) => !has(`${l}.name`) && (['position', 'phones', 'duty'] as const).some((f) => has(`${l}.${f}`)));
  for (const l of groupsWithoutName) out.push(`${LEVEL_ZH[l]}责任人的列中没有“姓名”：请指定${LEVEL_ZH[l]}责任人的姓名列`);
  if ((has('position') || has('phones') || has('duty') || has('level')) && !has('name')) out.push('有职务、电话或类别列，却没有对应的“姓名”列');
  return out;
}

/** Notes about the mapping that do not stop the import. */
export function mappingNotes(mapping: ColumnMapping): string[] {
  const has = (t: ColumnTarget) => mapping.includes(t);
  const out: string[] = [];
  if (has('name') && !has('level')) out.push('没有“责任人类别”列：按所填的最低一级地区判断层级（填了危险区的为户级，填了村民组的为组级，依此类推，都没填的为县级）');
  const anyPhones = has('phones') || PERSON_LEVELS.some((l) => has(`${l}.phones`));
  if ((has('name') || PERSON_LEVELS.some((l) => has(`${l}.name`))) && !anyPhones) out.push('没有“联系电话”列：导入的责任人都没有电话');
  if (!has('township')) out.push('没有“乡镇”列：请选择本文件所属的乡镇');
  return out;
}

const REGION_ORDER = ['township', 'village', 'group', 'zone'] as const;
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * The most characters each imported field may hold: the same limits as entering it by hand (the list's
 * forms), so that everything imported can also be edited and saved there. Longer is a row error.
 */
export const FIELD_MAX = { name: 20, position: 40, duty: 200, note: 200, place: 30, zone: 40, route: 300, shelter: 100 } as const;

const tooLong = (what: string, value: string, max: number) => `${what}“${clipText(value, 20)}”共${value.length}个字，超过${max}个字的上限`;
type RegionKey = (typeof REGION_ORDER)[number];

const NEEDS: Record<PersonLevel, readonly (keyof RegionNames)[]> = {
  county: [],
  township: ['township'],
  village: ['township', 'village'],
  group: ['township', 'village', 'group'],
  household: ['township', 'village'],
};

function samePerson(a: ImportedPerson, b: ImportedPerson): boolean {
  return (
    a.position === b.position &&
    a.duty === b.duty &&
    a.households === b.households &&
    a.phones.length === b.phones.length &&
    a.phones.every((p) => b.phones.includes(p))
  );
}

/** The identity of a person within a list: level, the place at that level, the name. */
export function importedKey(p: Pick<ImportedPerson, 'level' | 'township' | 'village' | 'group' | 'zone' | 'name'>): string {
  switch (p.level) {
    case 'county':
      return `county||||${p.name}`;
    case 'township':
      return `township|${p.township}|||${p.name}`;
    case 'village':
      return `village|${p.township}|${p.village}||${p.name}`;
    case 'group':
      return `group|${p.township}|${p.village}|${p.group}|${p.name}`;
    case 'household':
      return `household|${p.township}|${p.village}|${p.group}|${p.zone}|${p.name}`;
  }
}

/** Where a row's person sits, as text: 石门镇/枫树村/一组. */
export function pathText(p: RegionNames & { zone?: string }): string {
  return [p.township, p.village, p.group, p.zone ?? ''].filter(Boolean).join('/');
}

/**
 * Read the data rows below the header: skip blank, 小计/合计, repeated-header and footer rows;
 * fill blank place cells from the row above where the row continues the same place; validate every
 * field and report each problem with its row, column and value.
 */
export function readRows(grid: SheetGrid, header: HeaderInfo, mapping: ColumnMapping, opts: RowOptions = {}): RowsResult {
  const cols = new Map<ColumnTarget, number[]>();
  mapping.forEach((t, j) => {
    if (t) cols.set(t, [...(cols.get(t) ?? []), j]);
  });
  const first = (t: ColumnTarget) => cols.get(t)?.[0];
  const regionCol: Record<RegionKey, number | undefined> = { township: first('township'), village: first('village'), group: first('group'), zone: first('zone') };
  const headerKeys = header.texts.map((t) => headerKey(t));
  const fixedTownship = cleanLine(opts.township ?? '');

  const persons: ImportedPerson[] = [];
  const zones: ImportedZone[] = [];
  const regions: ImportedRegion[] = [];
  const issues: RowIssue[] = [];
  const counts: RowCounts = { dataRows: 0, blank: 0, subtotal: 0, footer: 0, repeatedHeader: 0 };
  const seen = new Map<string, ImportedPerson>();
  const zoneSeen = new Map<string, ImportedZone>();
  const placeSeen = new Set<string>();
  let prev: Record<RegionKey, string> = { township: '', village: '', group: '', zone: '' };

  const issue = (row: GridRow, col: number | undefined, field: string, message: string, severity: RowIssue['severity'] = 'error') =>
    issues.push({
      row: row.n,
      column: col === undefined ? '' : columnLetter(col),
      header: col === undefined ? '' : (header.texts[col] ?? ''),
      field,
      value: col === undefined ? '' : clipText(cleanLine(cellAt(row, col))),
      message: clipMessage(message),
      severity,
    });

  const joined = (row: GridRow, t: ColumnTarget, sep: string) =>
    (cols.get(t) ?? [])
      .map((j) => cellAt(row, j))
      .filter((v) => v.trim() !== '')
      .join(sep);

  const phonesOf = (row: GridRow, t: ColumnTarget): string[] => {
    const out: string[] = [];
    for (const j of cols.get(t) ?? []) {
      const cell = cellAt(row, j);
      // Most cells hold one plain mobile number: skip the general parser for those.
      if (MOBILE.test(cell)) {
        if (!out.includes(cell)) out.push(cell);
        continue;
      }
      for (const r of parsePhoneList(cell)) {
        if (r.ok) {
          if (!out.includes(r.value)) out.push(r.value);
        } else issue(row, j, TARGET_ZH[t], `联系电话有误：${r.message}`);
      }
    }
    return out;
  };

  // Per-row state, read by the helpers below (defined once, not per row: 200,000 rows).
  let row: GridRow = { n: 0, cells: [] };
  let place: Record<RegionKey, string> = { township: '', village: '', group: '', zone: '' };
  let names: RegionNames = { township: '', village: '', group: '' };
  const num = (t: 'zoneHouseholds' | 'zonePeople'): number | null => {
    const j = first(t);
    if (j === undefined) return null;
    const n = parseCount(cellAt(row, j));
    if (Number.isNaN(n)) {
      issue(row, j, TARGET_ZH[t], `${TARGET_ZH[t]}应为整数`);
      return null;
    }
    return n;
  };
  const txt = (t: 'route' | 'shelter'): string | null => {
    const v = cleanText(joined(row, t, '\n'));
    if (v.length > FIELD_MAX[t]) {
      issue(row, first(t), TARGET_ZH[t], tooLong(TARGET_ZH[t], v, FIELD_MAX[t]));
      return null;
    }
    return v === '' ? null : v;
  };
  const text = (f: Targets, g: GroupField | 'note', sep: string) => {
    const t = f(g);
    return t ? joined(row, t, sep) : '';
  };
  // Which column gives each field: one person per row, or one group of columns per level.
  type Targets = (g: GroupField | 'households' | 'note') => ColumnTarget | null;
  const longTargets: Targets = (g) => (g === 'name' ? 'name' : cols.has(g) ? g : null);
  const levelTargets = new Map<PersonLevel, Targets>(
    PERSON_LEVELS.map((level) => [
      level,
      (g) => {
        if (g === 'households' || g === 'note') return cols.has(g) && level === 'household' ? g : null;
        const t = `${level}.${g}` as ColumnTarget;
        return cols.has(t) ? t : null;
      },
    ]),
  );
  const add = (level: PersonLevel, nameCol: number | undefined, f: Targets, levelCol?: number) => {
    const { name, note: nameNote } = cleanName(nameCol === undefined ? '' : cellAt(row, nameCol));
    const position = cleanLine(text(f, 'position', ' '));
    const duty = cleanText(text(f, 'duty', '\n'));
    const phoneTarget = f('phones');
    const phoneText = text(f, 'phones', '').trim();
    if (name === '') {
      if (position || phoneText) issue(row, nameCol, '姓名', `有职务或电话，却没有填写${LEVEL_ZH[level]}责任人姓名`);
      return;
    }
    if (name.length > FIELD_MAX.name) return issue(row, nameCol, '姓名', `姓名“${name}”超过20个字，可能把几个人写在了一格`);
    if (/\d/.test(name)) return issue(row, nameCol, '姓名', `姓名“${name}”含有数字，可能填错了列`);
    if (/[、，,;；/]/.test(name)) return issue(row, nameCol, '姓名', `“${name}”像是几个人的姓名写在了一格，请每人一行`);
    for (const need of NEEDS[level]) {
      if (!names[need]) {
        const zh = { township: '乡镇', village: '行政村', group: '村民组' }[need];
        return issue(row, regionCol[need] ?? levelCol ?? nameCol, zh, `${LEVEL_ZH[level]}责任人“${name}”需要填写所在的${zh}`);
      }
    }
    const note = [nameNote, cleanLine(text(f, 'note', '；'))].filter(Boolean).join('；');
    for (const [field, zh, value] of [['position', '职务', position], ['duty', '责任区域/职责', duty], ['note', '备注', note]] as const) {
      if (value.length > FIELD_MAX[field]) {
        const t = f(field);
        return issue(row, t ? first(t) : nameCol, zh, tooLong(zh, value, FIELD_MAX[field]));
      }
    }
    const phones = phoneTarget ? phonesOf(row, phoneTarget) : [];
    if (phoneTarget && phoneText === '') issue(row, cols.get(phoneTarget)?.[0], '联系电话', `${LEVEL_ZH[level]}责任人“${name}”没有填写联系电话`, 'warning');
    let households: number | null = null;
    const hTarget = level === 'household' ? f('households') : null;
    const hCol = hTarget ? first(hTarget) : undefined;
    if (hCol !== undefined) {
      const n = parseCount(cellAt(row, hCol));
      if (Number.isNaN(n)) issue(row, hCol, '联系户数', '联系户数应为整数');
      else households = n;
    }
    const p: ImportedPerson = {
      row: row.n,
      level,
      township: level === 'county' ? '' : names.township,
      village: level === 'county' || level === 'township' ? '' : names.village,
      group: level === 'group' || level === 'household' ? names.group : '',
      zone: level === 'household' ? place.zone : '',
      name,
      position,
      duty,
      phones,
      households,
      note,
    };
    const key = importedKey(p);
    const had = seen.get(key);
    if (had) {
      if (!samePerson(had, p)) issue(row, nameCol, '姓名', `与第${had.row}行重复：${LEVEL_ZH[level]}责任人“${name}”（${pathText(p) || '县级'}）出现两次且内容不同`);
      return;
    }
    seen.set(key, p);
    persons.push(p);
  };


  const start = (header.rows[header.rows.length - 1] ?? -1) + 1;
  for (let i = start; i < grid.rows.length; i++) {
    row = grid.rows[i]!;
    if (isBlankRow(row)) {
      counts.blank++;
      continue;
    }
    if (row.cells.some((c, j) => c !== '' && c === header.children[j]) && row.cells.every((c, j) => c.trim() === '' || headerKey(c) === headerKeys[j])) {
      counts.repeatedHeader++;
      continue;
    }
    if (isFooterRow(row)) {
      counts.footer++;
      continue;
    }
    if (isSubtotalRow(row)) {
      counts.subtotal++;
      continue;
    }
    counts.dataRows++;

    // Place: a blank cell continues the row above only while every higher place on this row is blank too.
    place = { township: '', village: '', group: '', zone: '' };
    let written = false;
    for (const k of REGION_ORDER) {
      const j = regionCol[k];
      const raw = j === undefined ? '' : cleanLine(cellAt(row, j));
      const fromMerge = j !== undefined && row.merged?.[j] === true;
      if (raw !== '') {
        place[k] = raw;
        if (!fromMerge) written = true;
      } else place[k] = written ? '' : prev[k];
    }
    if (place.township === '' && fixedTownship) place.township = fixedTownship;
    prev = place;
    if (opts.skipRows?.has(row.n)) continue;
    names = { township: place.township, village: place.village, group: place.group };
    const longPlace = REGION_ORDER.find((k) => place[k].length > (k === 'zone' ? FIELD_MAX.zone : FIELD_MAX.place));
    if (longPlace) {
      const zh = { township: '乡镇', village: '行政村', group: '村民组', zone: '危险区' }[longPlace];
      issue(row, regionCol[longPlace], zh, tooLong(`${zh}名称`, place[longPlace], longPlace === 'zone' ? FIELD_MAX.zone : FIELD_MAX.place));
      continue;
    }
    if (names.group && !names.village) issue(row, regionCol.group, '村民组', `村民组“${names.group}”没有所属的行政村`);
    else if (names.village && !names.township) issue(row, regionCol.village, '行政村', `行政村“${names.village}”没有所属的乡镇`);
    else if (names.township) {
      const key = `${names.township}|${names.village}|${names.group}`;
      if (!placeSeen.has(key)) {
        placeSeen.add(key);
        regions.push({ row: row.n, ...names });
      }
    }

    // 危险区
    if (place.zone) {
      if (!names.village) issue(row, regionCol.zone, '危险区', `危险区“${place.zone}”需要填写所在的行政村`);
      else {
        const z: ImportedZone = { row: row.n, ...names, name: place.zone, households: num('zoneHouseholds'), people: num('zonePeople'), route: txt('route'), shelter: txt('shelter') };
        const key = `${pathText(names)}|${z.name}`;
        const had = zoneSeen.get(key);
        if (!had) {
          zoneSeen.set(key, z);
          zones.push(z);
        } else {
          for (const f of ['households', 'people', 'route', 'shelter'] as const) {
            const a = had[f];
            const b = z[f];
            if (b === null) continue;
            if (a === null) (had as unknown as Record<string, unknown>)[f] = b;
            else if (a !== b) {
              const t = { households: 'zoneHouseholds', people: 'zonePeople', route: 'route', shelter: 'shelter' }[f] as ColumnTarget;
              issue(row, first(t), TARGET_ZH[t], `危险区“${z.name}”的${TARGET_ZH[t]}在第${had.row}行为“${String(a)}”，这里为“${String(b)}”，以第${had.row}行为准`, 'warning');
            }
          }
        }
      }
    }

    // One person per row (a 责任人类别 column, or the level read from the place) …
    const nameCol = first('name');
    if (nameCol !== undefined) {
      const levelCol = first('level');
      const rawLevel = levelCol === undefined ? '' : cleanLine(cellAt(row, levelCol));
      let level: PersonLevel | null = rawLevel ? parseLevel(rawLevel) : null;
      if (rawLevel && !level) issue(row, levelCol, '责任人类别', `无法识别的责任人类别“${rawLevel}”：应为县级、乡级、村级、组级或户级`);
      else {
        level ??= place.zone ? 'household' : names.group ? 'group' : names.village ? 'village' : names.township ? 'township' : 'county';
        add(level, nameCol, longTargets, levelCol);
      }
    }
    // … and/or one group of columns per level.
    for (const level of PERSON_LEVELS) {
      const col = first(`${level}.name`);
      if (col === undefined) continue;
      add(level, col, levelTargets.get(level)!);
    }
  }
  return { persons, zones, regions, issues, counts };
}

/** Rows with at least one error (skipped when the user chooses to import the rest). */
export function errorRows(issues: readonly RowIssue[]): Set<number> {
  return new Set(issues.filter((i) => i.severity === 'error').map((i) => i.row));
}

