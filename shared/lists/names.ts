import { cleanLine } from './text';
import type { RegionLevel } from './types';

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 (and Arabic digits) to a number; null when it is not a numeral. */
export function numeralValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number.parseInt(s, 10);
  if (!/^[零〇一二两三四五六七八九十]+$/.test(s)) return null;
  if (!s.includes('十')) return s.length === 1 ? (DIGIT[s] ?? null) : Number.parseInt([...s].map((c) => DIGIT[c]).join(''), 10);
  const [tens, ones] = s.split('十') as [string, string];
  const t = tens === '' ? 1 : DIGIT[tens];
  const o = ones === '' ? 0 : DIGIT[ones];
  return t === undefined || o === undefined ? null : t * 10 + o;
}

const SUFFIX: Record<RegionLevel, RegExp> = {
  county: /(县|市|区)$/,
  township: /(镇人民政府|乡人民政府|街道办事处|办事处|街道|镇|乡)$/,
  village: /(村民委员会|村委会|居民委员会|社区居委会|居委会|社区|村)$/,
  group: /(村民小组|村民组|小组|组)$/,
};

/**
 * The spelling-insensitive key of a place name: “石门” = “石门镇”, “枫树村委会” = “枫树村”,
 * “1组” = “一组” = “第一村民小组”.
 */
const keys = new Map<string, string>();

export function regionKey(level: RegionLevel, raw: string): string {
  const k = `${level}|${raw}`;
  let hit = keys.get(k);
  if (hit === undefined) {
    hit = computeKey(level, raw);
    if (keys.size > 50_000) keys.clear();
    keys.set(k, hit);
  }
  return hit;
}

function computeKey(level: RegionLevel, raw: string): string {
  let s = cleanLine(raw).replace(/\s/g, '');
  const bare = s.replace(SUFFIX[level], '');
  if (bare !== '') s = bare;
  if (level === 'group') {
    const n = numeralValue(s.replace(/^第/, ''));
    if (n !== null) return `#${n}`;
  }
  return s;
}
