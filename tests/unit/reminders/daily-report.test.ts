import { describe, expect, it } from 'vitest';
import { dailyReportText, reportStatus, zeroReportSummary } from '../../../shared/reminders';
import { at, MINUTE } from './fixtures';

const D = '2026-07-01';

describe('reportStatus', () => {
  it.each([
    ['submitted 11:59', at(D, '11:59'), at(D, '13:00'), 'on_time'],
    ['submitted exactly 12:00', at(D, '12:00'), at(D, '13:00'), 'on_time'],
    ['submitted 12:00:01', at(D, '12:00') + 1000, at(D, '13:00'), 'late'],
    ['submitted 12:01', at(D, '12:01'), at(D, '12:01'), 'late'],
    ['not yet, 11:59', null, at(D, '11:59'), 'pending'],
    ['not yet, exactly 12:00', null, at(D, '12:00'), 'pending'],
    ['not yet, 12:00:01', null, at(D, '12:00') + 1000, 'missing'],
    ['never, next day', null, at('2026-07-02', '09:00'), 'missing'],
  ] as const)('%s → %s', (_l, submittedAt, now, expected) => {
    expect(reportStatus(D, submittedAt, now)).toBe(expected);
  });

  it('uses 12:00 Asia/Shanghai (04:00 UTC)', () => {
    expect(reportStatus(D, Date.UTC(2026, 6, 1, 4, 0), 0)).toBe('on_time');
    expect(reportStatus(D, Date.UTC(2026, 6, 1, 4, 1), 0)).toBe('late');
  });
});

describe('dailyReportText', () => {
  const base = { date: D, org: '某某市应急管理局', leader: '张三', officers: ['李四', '王五'], phones: ['0551-12345678'] };

  it('writes 值班值守情况 and the day’s work from the log, in time order', () => {
    const text = dailyReportText({
      ...base,
      logEntries: [
        { at: at(D, '10:05'), category: '来文', text: '收到省防指关于加强强降雨防范的通知，已呈带班领导阅示。' },
        { at: at(D, '08:40'), category: '来电', text: '某镇报告河道水位上涨，已转水利局。' },
        { at: at(D, '09:15') + 30 * MINUTE, category: '来电', text: '气象台预警。' },
        { at: at('2026-07-02', '07:10'), text: '夜间巡查正常。' },
      ],
    });
    expect(text.split('\n')).toEqual([
      '某某市应急管理局7月1日值班值守情况',
      '一、值班值守情况',
      '7月1日（星期三），某某市应急管理局严格落实24小时值班值守和领导带班制度，值班人员在岗在位，通讯畅通。带班领导：张三；值班员：李四、王五；值班电话：0551-12345678。',
      '二、每日工作开展情况',
      '共记录值班日志4条（来电2条、来文1条）：',
      '1. 08:40 【来电】某镇报告河道水位上涨，已转水利局。',
      '2. 09:45 【来电】气象台预警。',
      '3. 10:05 【来文】收到省防指关于加强强降雨防范的通知，已呈带班领导阅示。',
      '4. 7月2日07:10 夜间巡查正常。',
    ]);
  });

  it('says the day was quiet when the log is empty', () => {
    const text = dailyReportText({ ...base, officers: [], logEntries: [] });
    expect(text).toContain('值班员：无');
    expect(text.endsWith('值班期间无突发事件发生，各项工作运转正常。')).toBe(true);
  });
});

describe('zeroReportSummary', () => {
  it('all zero reports in', () => {
    const units = [
      { name: '城关镇', status: '零报告' as const },
      { name: '水利局', status: '零报告' as const },
    ];
    expect(zeroReportSummary({ time: '15:00', units })).toBe('截至15时，全市各乡镇（街道）、各成员单位均无突发事件发生。');
    expect(zeroReportSummary({ time: '16:30', units, area: '全县' })).toBe('截至16时30分，全县各乡镇（街道）、各成员单位均无突发事件发生。');
  });

  it('lists what happened and who has not reported', () => {
    expect(
      zeroReportSummary({
        time: '15:00',
        units: [
          { name: '城关镇', status: '有情况', note: '一处道路塌方，无人员伤亡，已处置' },
          { name: '水利局', status: '零报告' },
          { name: '东湖街道', status: '未报' },
          { name: '交通局', status: '未报' },
          { name: '南山乡', status: '有情况' },
        ],
      }),
    ).toBe(
      '截至15时，城关镇报告：一处道路塌方，无人员伤亡，已处置；南山乡报告：有突发情况（详见报送材料）；其余1个单位均无突发事件发生；东湖街道、交通局共2个单位尚未报送，正在电话催报。',
    );
  });

  it('only missing units', () => {
    expect(
      zeroReportSummary({ time: '15:00', units: [{ name: '城关镇', status: '零报告' }, { name: '东湖街道', status: '未报' }] }),
    ).toBe('截至15时，已报送的1个单位均无突发事件发生；东湖街道共1个单位尚未报送，正在电话催报。');
    expect(zeroReportSummary({ time: '15:00', units: [] })).toBe('截至15时，尚无需报送零报告的单位。');
  });
});
