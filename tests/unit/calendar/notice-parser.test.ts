import { describe, expect, it } from 'vitest';
import { HolidayUtil } from 'lunar-typescript';
import { officialArrangement, parseStateCouncilNotice, type ParsedNotice } from '../../../shared/calendar';
import { noticeText } from './fixtures';

const offOf = (r: ParsedNotice, name: string) => r.holidays.find((h) => h.name === name)?.offDays;
const makeupOf = (r: ParsedNotice, name: string) => r.holidays.find((h) => h.name === name)?.makeupDays;
const item = (year: number, line: string) => parseStateCouncilNotice(line, year);

describe('the real notices 2024–2026', () => {
  it.each([2024, 2025, 2026])('%i parses to exactly the official arrangement, nothing left over', (year) => {
    const r = parseStateCouncilNotice(noticeText(year));
    expect(r.year).toBe(year);
    expect(r.days).toEqual(officialArrangement(year));
    expect(r.unparsed).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('reads the issue date from the signature', () => {
    expect(parseStateCouncilNotice(noticeText(2024)).issued).toBe('2023-10-25');
    expect(parseStateCouncilNotice(noticeText(2026)).issued).toBe('2025-11-04');
  });

  it('lists the holidays in order, 2025 with the combined 国庆节、中秋节', () => {
    const r = parseStateCouncilNotice(noticeText(2025));
    expect(r.holidays.map((h) => [h.name, h.from, h.to, h.makeupDays])).toEqual([
      ['元旦', '2025-01-01', '2025-01-01', []],
      ['春节', '2025-01-28', '2025-02-04', ['2025-01-26', '2025-02-08']],
      ['清明节', '2025-04-04', '2025-04-06', []],
      ['劳动节', '2025-05-01', '2025-05-05', ['2025-04-27']],
      ['端午节', '2025-05-31', '2025-06-02', []],
      ['国庆节、中秋节', '2025-10-01', '2025-10-08', ['2025-09-28', '2025-10-11']],
    ]);
  });

  it('keeps the 2024 advice about 除夕 as a note, not a day off', () => {
    const r = parseStateCouncilNotice(noticeText(2024));
    expect(r.holidays.find((h) => h.name === '春节')?.notes).toEqual([
      '鼓励各单位结合带薪年休假等制度落实，安排职工在除夕(2月9日)休息',
    ]);
    expect(r.days.some((d) => d.date === '2024-02-09')).toBe(false);
  });

  it('keeps the dated principles of the 2025 preamble as notes, not as days or unparsed lines', () => {
    const r = parseStateCouncilNotice(noticeText(2025));
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toContain('国庆节自10月1日起放假调休7天');
  });
});

describe('older phrasing: the 2015 notice (补休, 与周末连休, a bare 放假)', () => {
  const r = parseStateCouncilNotice(noticeText(2015));

  it('understands every item', () => {
    expect(r.year).toBe(2015);
    expect(r.unparsed).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.issued).toBe('2014-12-16');
  });

  it.each([
    ['清明节', ['2015-04-04', '2015-04-05', '2015-04-06'], []], // 4月5日放假，4月6日（星期一）补休
    ['劳动节', ['2015-05-01', '2015-05-02', '2015-05-03'], []], // 5月1日放假，与周末连休
    ['端午节', ['2015-06-20', '2015-06-21', '2015-06-22'], []], // 6月20日放假，6月22日（星期一）补休
    ['中秋节', ['2015-09-27'], []], // 9月27日放假 (a Sunday, no 补休)
    ['春节', ['2015-02-18', '2015-02-19', '2015-02-20', '2015-02-21', '2015-02-22', '2015-02-23', '2015-02-24'], ['2015-02-15', '2015-02-28']],
  ])('%s', (name, off, makeup) => {
    expect(offOf(r, name)).toEqual(off);
    expect(makeupOf(r, name)).toEqual(makeup);
  });

  it('agrees with lunar-typescript’s table, apart from its 9-26 and the separate 抗战胜利日 notice', () => {
    const theirs = HolidayUtil.getHolidays(2015)
      .filter((h) => h.getName() !== '抗战胜利日' && h.getDay() !== '2015-09-26')
      .map((h) => `${h.getDay()} ${h.isWork() ? 'workday' : 'off'}`);
    expect(r.days.map((d) => `${d.date} ${d.kind}`)).toEqual(theirs);
  });
});

describe('the year', () => {
  it('comes from the title', () => {
    expect(parseStateCouncilNotice('国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日放假。').days[0]?.date).toBe('2027-01-01');
  });

  it('comes from the argument when there is no title', () => {
    expect(item(2030, '一、元旦：1月1日放假。').year).toBe(2030);
  });

  it('the title wins over a different argument, with a warning', () => {
    const r = parseStateCouncilNotice('国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日放假。', 2028);
    expect(r.year).toBe(2027);
    expect(r.warnings).toContain('通知标题是2027年，与指定的2028年不同，按标题的2027年解析');
  });

  it('missing altogether: dated items come back unparsed', () => {
    const r = parseStateCouncilNotice('一、元旦：1月1日放假。\n二、春节：2月1日至7日放假。');
    expect(r.year).toBeNull();
    expect(r.days).toEqual([]);
    expect(r.unparsed.map((u) => u.line)).toEqual([1, 2]);
    expect(r.unparsed[0]?.reason).toContain('没有找到年份');
  });
});

describe('phrasings', () => {
  it('“1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。”', () => {
    const r = item(2026, '一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。');
    expect(offOf(r, '元旦')).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(makeupOf(r, '元旦')).toEqual(['2026-01-04']);
    expect(r.warnings).toEqual([]);
  });

  it('a range across months with 农历 notes: “1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）”', () => {
    const r = item(2025, '二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。');
    expect(r.holidays[0]).toMatchObject({ name: '春节', from: '2025-01-28', to: '2025-02-04' });
    expect(offOf(r, '春节')).toHaveLength(8);
    expect(makeupOf(r, '春节')).toEqual(['2025-01-26', '2025-02-08']);
  });

  it('a range across years written out: “2023年12月30日至2024年1月1日”', () => {
    const r = item(2024, '一、元旦：2023年12月30日至2024年1月1日放假，共3天。');
    expect(offOf(r, '元旦')).toEqual(['2023-12-30', '2023-12-31', '2024-01-01']);
  });

  it('a range across years without years: December belongs to the year before (2019 元旦)', () => {
    const r = item(2019, '一、元旦：12月30日至1月1日放假调休，共3天。12月29日（星期六）上班。');
    expect(offOf(r, '元旦')).toEqual(['2018-12-30', '2018-12-31', '2019-01-01']);
    expect(makeupOf(r, '元旦')).toEqual(['2018-12-29']);
    expect(r.warnings).toEqual([]);
  });

  it('“X月X日放假，与周末连休” takes in the weekend', () => {
    expect(offOf(item(2024, '五、端午节：6月10日放假，与周末连休。'), '端午节')).toEqual(['2024-06-08', '2024-06-09', '2024-06-10']);
    expect(offOf(item(2024, '一、元旦：1月1日放假，与周末连休。'), '元旦')).toEqual(['2023-12-30', '2023-12-31', '2024-01-01']);
  });

  it('“放假1天，不调休”', () => {
    const r = item(2025, '一、元旦：1月1日（周三）放假1天，不调休。');
    expect(r.days).toEqual([{ date: '2025-01-01', kind: 'off', name: '元旦' }]);
    expect(r.warnings).toEqual([]);
  });

  it('“X月X日（星期一）补休” fills the block and takes in the weekend', () => {
    expect(offOf(item(2015, '三、清明节：4月5日放假，4月6日（星期一）补休。'), '清明节')).toEqual(['2015-04-04', '2015-04-05', '2015-04-06']);
  });

  it.each(['周四', '星期四', '礼拜四'])('weekday note “%s” is checked against the date', (note) => {
    expect(item(2026, `一、元旦：1月1日（${note}）放假。`).warnings.filter((w) => w.includes('通知写'))).toEqual([]);
  });

  it('a weekday note that does not match the date is a warning', () => {
    const r = item(2026, '一、元旦：1月1日（周五）至3日（星期天）放假调休，共3天。1月4日（周日）上班。');
    expect(r.warnings).toContain('2026-01-01：通知写“周五”，实际是星期四');
    expect(r.warnings).toContain('2026-01-03：通知写“星期天”，实际是星期六');
    expect(r.days).toHaveLength(4);
  });

  it('combined holidays and several make-up days in one sentence', () => {
    const r = item(2025, '六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。');
    expect(r.holidays.map((h) => h.name)).toEqual(['国庆节、中秋节']);
    expect(makeupOf(r, '国庆节、中秋节')).toEqual(['2025-09-28', '2025-10-11']);
    expect(r.days.every((d) => d.name === '国庆节、中秋节')).toBe(true);
  });

  it('make-up days joined with 和, and a short day after a listed date', () => {
    const r = item(2026, '七、国庆节：10月1日至7日放假调休，共7天。9月20日和10月10日上班。');
    expect(makeupOf(r, '国庆节')).toEqual(['2026-09-20', '2026-10-10']);
  });

  it('full-width digits, spaces, dashes and Chinese numerals', () => {
    expect(offOf(item(2026, '一、元旦：１月１日 至 ３日放假调休，共３天。'), '元旦')).toHaveLength(3);
    expect(offOf(item(2026, '一、元旦：1月1日—3日放假调休。'), '元旦')).toHaveLength(3);
    const cn = item(2026, '一、元旦：一月一日至三日放假调休。一月四日（星期日）上班。');
    expect(offOf(cn, '元旦')).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(makeupOf(cn, '元旦')).toEqual(['2026-01-04']);
    expect(offOf(item(2024, '一、元旦：十二月三十日至一月一日放假。'), '元旦')).toEqual(['2023-12-30', '2023-12-31', '2024-01-01']);
  });

  it('an unnumbered line that starts with a holiday name', () => {
    expect(offOf(item(2026, '春节：2月15日至23日放假调休，共9天。'), '春节')).toHaveLength(9);
  });

  it('a notice pasted as one line, and with Windows line ends', () => {
    const oneLine = noticeText(2026).replace(/\s+/g, '');
    expect(parseStateCouncilNotice(oneLine).days).toEqual(officialArrangement(2026));
    expect(parseStateCouncilNotice(noticeText(2024).replace(/\n/g, '\r\n')).days).toEqual(officialArrangement(2024));
  });

  it('an item wrapped onto the next line is joined back', () => {
    const r = item(2024, '二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、\n2月18日（星期日）上班。\n三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。');
    expect(makeupOf(r, '春节')).toEqual(['2024-02-04', '2024-02-18']);
    expect(offOf(r, '清明节')).toHaveLength(3);
    expect(r.unparsed).toEqual([]);
  });

  it('warns when 共N天 does not add up or “不调休” has make-up days', () => {
    expect(item(2026, '一、元旦：1月1日至3日放假调休，共4天。').warnings).toContain('元旦：通知写共4天，解析出放假3天');
    expect(item(2025, '一、元旦：1月1日放假1天，不调休。1月4日上班。').warnings).toContain('元旦：通知写“不调休”，却有调休上班日');
  });

  it('passes the arrangement through the sanity checks', () => {
    expect(item(2026, '四、劳动节：5月1日至5日放假调休，共5天。5月8日上班。').warnings).toContain(
      '劳动节：调休上班日2026-05-08（星期五）本来就是工作日',
    );
  });

  it('ignores a numbered item that has no dates', () => {
    const r = item(2026, '一、元旦：1月1日放假。\n二、工作要求：各单位做好值班值守。');
    expect(r.unparsed).toEqual([]);
    expect(r.holidays).toHaveLength(1);
  });
});

describe('lines it does not understand come back, never dropped', () => {
  const text = [
    '国务院办公厅关于2026年部分节假日安排的通知', // 1
    '一、元旦：1月1日至3日放假调休，共3天。1月4日（周日）上班。', // 2
    '二、春节：2月15日至23日休假。', // 3: unknown verb
    '三、清明节：4月31日放假。', // 4: no such date
    '四、劳动节：5月1日元旦5月5日放假。', // 5: words between dates
    '五、端午节：19日放假。', // 6: no month
    '六、中秋节：9月1日至12月1日放假。', // 7: range too long
    '另外，5月1日起执行新的值班制度。', // 8: a dated line that is not an item
    '七、国庆节：10月1日至7日放假调休，共7天。9月20日（周日）、10月10日（周六）上班。', // 9
  ].join('\n');
  const r = parseStateCouncilNotice(text);

  it('parses the good items', () => {
    expect(r.holidays.map((h) => h.name)).toEqual(['元旦', '国庆节']);
  });

  it.each([
    [3, '日期后没有'],
    [4, '日期无效'],
    [5, '无法理解'],
    [6, '缺少月份'],
    [7, '日期范围不合理'],
    [8, '不是放假安排条目'],
  ])('line %i: %s', (line, reason) => {
    const u = r.unparsed.find((x) => x.line === line);
    expect(u?.reason).toContain(reason);
    expect(u?.text).toBe(text.split('\n')[line - 1]);
  });

  it('contributes no days from a line it did not understand', () => {
    expect(r.unparsed).toHaveLength(6);
    expect(r.days.some((d) => d.name !== '元旦' && d.name !== '国庆节')).toBe(false);
  });
});
