import ExcelJS from 'exceljs';
import { namePinyin } from '../../shared/lists/pinyin';

/**
 * Deterministic bench data: the county 青山县 (20 townships, 400 villages, 4,000 groups) and its
 * 200,000 responsible persons at five levels, as one long sheet the way a county office sends it.
 * Everything follows from the row index; no randomness.
 */

export const COUNTY = '青山县';
export const TOWNSHIPS = 20;
export const VILLAGES_PER_TOWNSHIP = 20;
export const GROUPS_PER_VILLAGE = 10;
export const PERSONS = 200_000;

const TOWN_WORDS = ['石门', '清河', '白沙', '青龙', '黄山', '桃源', '柳林', '金鸡', '凤凰', '马鞍', '龙潭', '杨柳', '大河', '高桥', '梅岭', '松林', '双溪', '新塘', '东湖', '西坪'];
const VILLAGE_A = ['枫', '桃', '杏', '竹', '松', '柏', '梨', '枣', '茶', '荷', '兰', '菊', '槐', '杉', '桂', '梅', '柳', '樟', '榆', '楠'];
const VILLAGE_B = ['树', '园', '林', '山', '溪', '湾', '坪', '岭', '塘', '坡', '冲', '畈', '岗', '洼', '桥', '庄', '店', '铺', '寨', '湖'];
const GROUP_NAMES = ['一组', '二组', '三组', '四组', '五组', '六组', '七组', '八组', '九组', '十组'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力鹏飞宇浩然志刚海燕春梅立新晓东小红云凤金荣德明';

export const LEVEL_CELL = { county: '县级', township: '乡级', village: '村级', group: '组级', household: '户级' } as const;
export type Level = keyof typeof LEVEL_CELL;
const POSITION: Record<Level, string> = { county: '副县长', township: '镇长', village: '村支部书记', group: '村民组长', household: '户主' };

export const townshipName = (t: number): string => `${TOWN_WORDS[t]!}镇`;
/** Unique across the county: (7t + v) mod 20 is a bijection for each v. */
export const villageName = (t: number, v: number): string => `${VILLAGE_A[(7 * t + v) % 20]!}${VILLAGE_B[v]!}村`;
export const groupName = (g: number): string => GROUP_NAMES[g]!;

/** Names differ for consecutive indices (the surname cycles through 100), so no place holds two equal names of a level. */
export function personName(i: number): string {
  const s = SURNAMES[i % SURNAMES.length]!;
  const g1 = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]!;
  const g2 = GIVEN[(Math.floor(i / (SURNAMES.length * GIVEN.length)) + i) % GIVEN.length]!;
  return i % 3 === 0 ? `${s}${g1}` : `${s}${g1}${g2}`;
}

export function phoneOf(i: number): string {
  const prefix = ['139', '158', '187', '135', '177'][i % 5]!;
  return `${prefix}${String((i * 7919 + 12_345_678) % 100_000_000).padStart(8, '0')}`;
}

export interface PersonRowData {
  township: string;
  village: string;
  group: string;
  zone: string;
  level: Level;
  name: string;
  position: string;
  phone: string;
  households: number | null;
}

export const HEADER = ['乡镇', '行政村', '村民组', '危险区', '责任人类别', '姓名', '职务', '联系电话', '联系户数'];

/** The 200,000 persons in list order: county, then per township its persons, villages, groups and households. */
export function* personRows(): Generator<PersonRowData> {
  let i = 0;
  const row = (level: Level, township = '', village = '', group = '', zone = ''): PersonRowData => {
    const r: PersonRowData = { township, village, group, zone, level, name: personName(i), position: POSITION[level], phone: phoneOf(i), households: level === 'household' ? (i % 9) + 1 : null };
    i++;
    return r;
  };
  const groupsTotal = TOWNSHIPS * VILLAGES_PER_TOWNSHIP * GROUPS_PER_VILLAGE;
  const fixed = 30 + TOWNSHIPS * 15 + TOWNSHIPS * VILLAGES_PER_TOWNSHIP * 8 + groupsTotal * 3;
  const households = PERSONS - fixed;
  const perGroup = Math.floor(households / groupsTotal);
  const extra = households - perGroup * groupsTotal;
  for (let k = 0; k < 30; k++) yield row('county');
  let groupIndex = 0;
  for (let t = 0; t < TOWNSHIPS; t++) {
    const tn = townshipName(t);
    for (let k = 0; k < 15; k++) yield row('township', tn);
    for (let v = 0; v < VILLAGES_PER_TOWNSHIP; v++) {
      const vn = villageName(t, v);
      for (let k = 0; k < 8; k++) yield row('village', tn, vn);
      for (let g = 0; g < GROUPS_PER_VILLAGE; g++) {
        const gn = groupName(g);
        for (let k = 0; k < 3; k++) yield row('group', tn, vn, gn);
        const n = perGroup + (groupIndex < extra ? 1 : 0);
        // The first group of each village lies in a 危险区; its household contacts look after it.
        const zone = g === 0 ? `${vn}${gn}山洪危险区` : '';
        for (let k = 0; k < n; k++) yield row('household', tn, vn, gn, zone);
        groupIndex++;
      }
    }
  }
}

export function rowCells(r: PersonRowData): (string | number)[] {
  return [r.township, r.village, r.group, r.zone, LEVEL_CELL[r.level], r.name, r.position, r.phone, r.households ?? ''];
}

/** Write the whole county's list as one .xlsx with exceljs's streaming writer (shared strings, as Excel saves). */
export async function writePersonsXlsx(file: string): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet(`${COUNTY}责任人名单`);
  ws.addRow([`${COUNTY}2026年山洪灾害防御责任人名单`]).commit();
  ws.addRow(HEADER).commit();
  let n = 0;
  for (const r of personRows()) {
    ws.addRow(rowCells(r)).commit();
    n++;
  }
  ws.commit();
  await wb.commit();
  return n;
}

/** 200 searches: 50 names, 50 pinyin initials, 50 phone fragments, 50 townships or villages. */
export function searchQueries(): { kind: string; q: string }[] {
  const picks = [...Array(50).keys()].map((k) => (k * 3989 + 17) % PERSONS);
  const out: { kind: string; q: string }[] = [];
  for (const i of picks) out.push({ kind: 'name', q: personName(i) });
  for (const i of picks) out.push({ kind: 'initials', q: namePinyin(personName(i + 1)).initials });
  for (const i of picks) out.push({ kind: 'phone', q: phoneOf(i + 2).slice(3 + (i % 4), 9 + (i % 4)) });
  for (let k = 0; k < 50; k++) out.push({ kind: 'region', q: k % 5 === 0 ? townshipName(k % 20) : villageName((k * 3) % 20, (k * 7) % 20) });
  return out;
}
