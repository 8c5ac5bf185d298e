import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  STAGES,
  checkRevision,
  checkStage,
  isIssued,
  isWellFormed,
  issueDateOf,
  nextStage,
  type StageInput,
  type StageRecord,
} from '../../../shared/plans';
import { addDays } from '../../../shared/time/civil';

const TODAY = '2026-11-30';
const done = (stage: StageRecord['stage'], date: string, extra: Partial<StageInput> = {}): StageInput => ({ stage, outcome: 'done', date, who: '', notes: '', skipReason: '', ...extra });
const skip = (stage: StageRecord['stage'], date: string, reason: string): StageInput => ({ stage, outcome: 'skipped', date, who: '', notes: '', skipReason: reason });

function upTo(stage: StageRecord['stage'], date = '2026-09-01'): StageRecord[] {
  return STAGES.slice(0, STAGES.indexOf(stage)).map((s) => done(s, date));
}

describe('lifecycle: 起草 → 征求意见 → 专家评审 → 评估 → 审批 → 印发 → 备案 → 公布', () => {
  it('goes in order, one stage at a time', () => {
    expect(nextStage([])).toBe('draft');
    expect(checkStage([], done('draft', '2026-08-01'), TODAY)).toEqual({ ok: true });
    expect(checkStage([], done('consult', '2026-08-01'), TODAY)).toEqual({ ok: false, field: 'stage', message: '请先完成或跳过「起草」，再记录「征求意见」' });
    expect(checkStage(upTo('issue'), done('file', '2026-09-02'), TODAY)).toMatchObject({ ok: false, message: '请先完成或跳过「印发」，再记录「备案」' });
    expect(checkStage(upTo('review'), done('draft', '2026-09-02'), TODAY)).toMatchObject({ ok: false, field: 'stage', message: expect.stringContaining('「起草」已于 2026-09-01 记录') });
    const all = STAGES.map((s) => done(s, '2026-09-01'));
    expect(nextStage(all)).toBeNull();
    expect(checkStage(all, done('publish', '2026-09-01'), TODAY)).toMatchObject({ ok: false });
  });

  it('asks for a reason to skip a stage, and never lets 印发 be skipped', () => {
    expect(checkStage(upTo('review'), skip('review', '2026-09-01', ''), TODAY)).toEqual({ ok: false, field: 'skipReason', message: '跳过「专家评审」须填写原因' });
    expect(checkStage(upTo('review'), skip('review', '2026-09-01', '   '), TODAY)).toMatchObject({ ok: false, field: 'skipReason' });
    expect(checkStage(upTo('review'), skip('review', '2026-09-01', '以座谈会代替'), TODAY)).toEqual({ ok: true });
    expect(checkStage(upTo('review'), skip('review', '2026-09-01', '长'.repeat(201)), TODAY)).toMatchObject({ ok: false, field: 'skipReason', message: '跳过原因最多200个字' });
    expect(checkStage(upTo('issue'), skip('issue', '2026-09-01', '不印发'), TODAY)).toEqual({ ok: false, field: 'outcome', message: '「印发」不能跳过：预案须经印发才能生效' });
  });

  it('keeps dates in order and never in the future', () => {
    const r = upTo('approve', '2026-09-10');
    expect(checkStage(r, done('approve', '2026-09-09'), TODAY)).toEqual({
      ok: false,
      field: 'date',
      message: '「审批」的日期（2026-09-09）不能早于上一环节「评估」的日期（2026-09-10）',
    });
    expect(checkStage(r, done('approve', '2026-09-10'), TODAY)).toEqual({ ok: true });
    expect(checkStage(r, done('approve', '2026-12-01'), TODAY)).toMatchObject({ ok: false, field: 'date', message: '「审批」的日期（2026-12-01）不能晚于今天（2026-11-30）' });
    expect(checkStage(r, done('approve', '2026-02-30'), TODAY)).toMatchObject({ ok: false, field: 'date', message: expect.stringContaining('日期无效') });
  });

  it('checks the lengths of who and notes', () => {
    expect(checkStage([], done('draft', '2026-09-01', { who: '人'.repeat(51) }), TODAY)).toMatchObject({ ok: false, field: 'who' });
    expect(checkStage([], done('draft', '2026-09-01', { notes: '注'.repeat(501) }), TODAY)).toMatchObject({ ok: false, field: 'notes' });
  });

  it('knows when a version is issued', () => {
    expect(isIssued(upTo('issue'))).toBe(false);
    const r = [...upTo('issue', '2026-09-01'), done('issue', '2026-09-25')];
    expect(isIssued(r)).toBe(true);
    expect(issueDateOf(r)).toBe('2026-09-25');
  });

  it('starts a revision only when the latest version has been issued', () => {
    expect(checkRevision(undefined)).toEqual({ ok: true });
    expect(checkRevision({ seq: 1, stages: [...upTo('issue'), done('issue', '2026-09-01')] })).toEqual({ ok: true });
    expect(checkRevision({ seq: 2, stages: upTo('review') })).toEqual({ ok: false, field: 'planId', message: '第2版尚未印发（下一环节「专家评审」），不能再开始新的修订' });
  });
});

describe('lifecycle properties', () => {
  /** A random walk through the stages: each step done or skipped, dates moving forward, some attempts rejected. */
  const step = fc.record({
    gap: fc.integer({ min: -5, max: 30 }),
    skipIt: fc.boolean(),
    reason: fc.constantFrom('', '不适用', '  '),
    jump: fc.integer({ min: 0, max: 2 }),
  });

  it('whatever is attempted, the accepted records stay a well-formed prefix with dates in order', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const records: StageRecord[] = [];
        let date = '2026-01-05';
        for (const s of steps) {
          const next = nextStage(records);
          if (!next) break;
          const stage = STAGES[Math.min(STAGES.indexOf(next) + s.jump, STAGES.length - 1)]!;
          const candidate = addDays(date, s.gap);
          const input: StageInput = s.skipIt ? skip(stage, candidate, s.reason) : done(stage, candidate);
          const r = checkStage(records, input, TODAY);
          const shouldPass =
            stage === next && candidate >= (records.at(-1)?.date ?? '0000') && candidate <= TODAY && (!s.skipIt || (stage !== 'issue' && s.reason.trim() !== ''));
          expect(r.ok).toBe(shouldPass);
          if (r.ok) {
            records.push({ ...input, skipReason: input.skipReason.trim() });
            date = candidate;
          }
        }
        expect(isWellFormed(records)).toBe(true);
        expect(records.map((r) => r.stage)).toEqual(STAGES.slice(0, records.length));
      }),
    );
  });
});
