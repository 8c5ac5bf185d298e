import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandHolidays, parseStateCouncilNotice, type HolidaySpan } from '../../../shared/calendar';
import { addDays, civil, dayNumber, fromDayNumber, isWeekend, weekday } from '../../../shared/time/civil';
import { noticeText } from './fixtures';

/** Characters a notice is made of, so random text gets near the grammar. */
const NOTICE_CHARS = [...'0123456789０１２３一二三十年月日至、，。；：:()（）-—放假调休补上班共天与周末连星期农历除夕鼓励元旦春节国庆中秋\n '];
const noticeish = fc.array(fc.constantFrom(...NOTICE_CHARS), { maxLength: 300 }).map((cs) => cs.join(''));
/** Pieces of real lines shuffled together. */
const real = noticeText(2026).split(/(?<=[，。\n])/);
const shuffled = fc.array(fc.constantFrom(...real), { maxLength: 30 }).map((ps) => ps.join(''));

describe('parseStateCouncilNotice on arbitrary text', () => {
  it('never throws, always returns well-formed results, and is quick', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 500 }), fc.string({ unit: 'binary', maxLength: 200 }), noticeish, shuffled), fc.option(fc.integer({ min: 1900, max: 2200 }), { nil: undefined }), (text, year) => {
        const started = performance.now();
        const r = parseStateCouncilNotice(text, year);
        expect(performance.now() - started).toBeLessThan(200);
        expect(Array.isArray(r.days) && Array.isArray(r.unparsed) && Array.isArray(r.warnings)).toBe(true);
        for (const d of r.days) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const u of r.unparsed) expect(u.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  it('handles a very long input in bounded time', () => {
    const huge = noticeText(2026).repeat(200);
    const started = performance.now();
    const r = parseStateCouncilNotice(huge);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.holidays.length).toBe(7 * 200);
  });
});

const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const WD = ['日', '一', '二', '三', '四', '五', '六'];
const note = (d: string, style: number) => (style === 0 ? '' : style === 1 ? `（周${WD[weekday(d)]}）` : `（星期${WD[weekday(d)]}）`);

/** One notice item written the way the State Council writes it. */
function render(i: number, s: HolidaySpan, style: number): string {
  const sameMonth = s.from.slice(5, 7) === s.to.slice(5, 7);
  const to = sameMonth ? `${Number(s.to.slice(8, 10))}日` : md(s.to);
  const days = dayNumber(s.to) - dayNumber(s.from) + 1;
  const off = s.from === s.to ? `${md(s.from)}${note(s.from, style)}放假1天` : `${md(s.from)}${note(s.from, style)}至${to}${note(s.to, style)}放假调休，共${days}天`;
  const work = s.makeup.length ? `${s.makeup.map((d) => md(d) + note(d, style)).join('、')}上班。` : '';
  return `${'一二三四五六七八九'[i]}、${s.name}：${off}。${work}`;
}

const NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节、中秋节', '国庆节'];

/** Up to 8 holidays in one year, in order, not overlapping, each with up to 2 make-up weekend days nearby. */
const arrangement = fc
  .record({
    year: fc.integer({ min: 2000, max: 2099 }),
    blocks: fc.array(fc.record({ gap: fc.integer({ min: 20, max: 40 }), len: fc.integer({ min: 1, max: 9 }), makeup: fc.subarray([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6]) }), { minLength: 1, maxLength: 8 }),
    style: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ year, blocks, style }) => {
    const spans: HolidaySpan[] = [];
    let at = dayNumber(civil(year, 1, 1)) - 15;
    blocks.forEach((b, i) => {
      const from = fromDayNumber(at + b.gap);
      const to = addDays(from, b.len - 1);
      const makeup = b.makeup
        .map((k) => (k < 0 ? addDays(from, k) : addDays(to, k)))
        .filter(isWeekend)
        .filter((d) => d.startsWith(String(year)))
        .slice(0, 2)
        .sort();
      if (from.startsWith(String(year)) && to.startsWith(String(year))) spans.push({ name: NAMES[i] ?? '国庆节', from, to, makeup });
      at = dayNumber(to) + 7;
    });
    return { year, spans, style };
  });

describe('round trip: an arrangement written as a notice parses back to itself', () => {
  it('holds for random arrangements and phrasing styles', () => {
    fc.assert(
      fc.property(arrangement, ({ year, spans, style }) => {
        const text = [`国务院办公厅关于${year}年部分节假日安排的通知`, ...spans.map((s, i) => render(i, s, style))].join('\n');
        const r = parseStateCouncilNotice(text);
        expect(r.unparsed).toEqual([]);
        expect(r.year).toBe(year);
        expect(r.days).toEqual(expandHolidays(spans));
        expect(r.holidays.map((h) => [h.name, h.from, h.to])).toEqual(spans.map((s) => [s.name, s.from, s.to]));
        expect(r.warnings.filter((w) => w.includes('通知写'))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
