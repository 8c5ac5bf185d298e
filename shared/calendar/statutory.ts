/**
 * Statutory holiday days per holiday (《全国年节及纪念日放假办法》): the 2024 revision,
 * in force from 2025, gave 春节 4 days (除夕 included) and 劳动节 2; from 2008 to 2024 they had 3 and 1.
 */
const FROM_2025: Readonly<Record<string, number>> = {
  元旦: 1,
  春节: 4,
  清明节: 1,
  劳动节: 2,
  端午节: 1,
  中秋节: 1,
  国庆节: 3,
};
const FROM_2008: Readonly<Record<string, number>> = { ...FROM_2025, 春节: 3, 劳动节: 1 };

const ALIASES: Readonly<Record<string, string>> = {
  元旦节: '元旦',
  清明: '清明节',
  劳动: '劳动节',
  五一: '劳动节',
  端午: '端午节',
  中秋: '中秋节',
  国庆: '国庆节',
};

/** The holidays a (possibly combined) name stands for: “国庆节、中秋节” → [国庆节, 中秋节]. */
export function holidayParts(name: string): string[] {
  return name
    .split(/[、，,和与及]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ALIASES[p] ?? p);
}

/** Statutory days of a (possibly combined) holiday in a year, or undefined if not known. */
export function statutoryDays(name: string, year: number): number | undefined {
  if (year < 2008) return undefined;
  const table = year >= 2025 ? FROM_2025 : FROM_2008;
  let total = 0;
  for (const part of holidayParts(name)) {
    const n = table[part];
    if (n === undefined) return undefined;
    total += n;
  }
  return total > 0 ? total : undefined;
}

/** Whether every part of a (possibly combined) name is one of the seven statutory holidays. */
export function isStatutoryHolidayName(name: string): boolean {
  const parts = holidayParts(name);
  return parts.length > 0 && parts.every((p) => FROM_2025[p] !== undefined);
}
