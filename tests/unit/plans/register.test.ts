import { describe, expect, it } from 'vitest';
import { coverageBoard, filterRegister, ledgerCells, ledgerTitle, dateZh, filingText, type CoveragePlan, type FilterableRow, type LedgerSource } from '../../../shared/plans';

const row = (over: Partial<FilterableRow>): FilterableRow => ({
  name: '某预案',
  category: 'grassroots',
  level: 'township',
  unit: '某镇人民政府',
  approver: '',
  status: 'filed',
  docNo: '',
  ...over,
});

describe('register filter and order', () => {
  const rows = [
    row({ name: '河口镇防汛应急预案', unit: '河口镇人民政府', status: 'revising' }),
    row({ name: '青山县防汛应急预案', category: 'special', level: 'city', unit: '青山县防汛抗旱指挥部', docNo: '青政办〔2023〕12号' }),
    row({ name: '柳湾村防汛应急预案', level: 'village', unit: '柳湾村村民委员会', status: 'overdue' }),
    row({ name: '石门镇防汛应急预案', unit: '石门镇人民政府', status: 'overdue', approver: '石门镇人民政府' }),
  ];

  it('orders by level, category, unit, name', () => {
    expect(filterRegister(rows).map((r) => r.name)).toEqual(['青山县防汛应急预案', '河口镇防汛应急预案', '石门镇防汛应急预案', '柳湾村防汛应急预案']);
  });

  it('filters by category, level, status and searches name, unit, approver and 文号', () => {
    expect(filterRegister(rows, { levels: ['township'] }).map((r) => r.name)).toEqual(['河口镇防汛应急预案', '石门镇防汛应急预案']);
    expect(filterRegister(rows, { statuses: ['overdue'], levels: ['village'] }).map((r) => r.name)).toEqual(['柳湾村防汛应急预案']);
    expect(filterRegister(rows, { categories: ['special'] })).toHaveLength(1);
    expect(filterRegister(rows, { q: '青政办' }).map((r) => r.name)).toEqual(['青山县防汛应急预案']);
    expect(filterRegister(rows, { q: ' 石门镇人民政府 ' })).toHaveLength(1);
    expect(filterRegister(rows, { q: '不存在' })).toHaveLength(0);
  });
});

describe('township coverage', () => {
  const p = (id: number, unit: string, status: CoveragePlan['status'], level: CoveragePlan['level'] = 'township'): CoveragePlan => ({ id, name: `预案${id}`, unit, level, status });

  it('shows each unit once with its worst status, worst first within a level', () => {
    const board = coverageBoard([p(1, '甲镇', 'filed'), p(2, '甲镇', 'overdue'), p(3, '乙镇', 'revising'), p(4, '丙村', 'filed', 'village'), p(5, '县水利局', 'unfiled', 'city'), p(6, '丁镇', 'filed')]);
    expect(board.map((r) => [r.unit, r.status])).toEqual([
      ['县水利局', 'unfiled'],
      ['甲镇', 'overdue'],
      ['乙镇', 'revising'],
      ['丁镇', 'filed'],
      ['丙村', 'filed'],
    ]);
    expect(board[1]!.counts).toMatchObject({ overdue: 1, filed: 1 });
    expect(board[1]!.plans.map((x) => x.id)).toEqual([1, 2]);
  });
});

describe('台账 lines for print and xlsx', () => {
  const src: LedgerSource = {
    name: '青山县防汛应急预案（2023年）',
    category: 'special',
    level: 'city',
    unit: '青山县防汛抗旱指挥部',
    approver: '青山县人民政府',
    docNo: '青政办〔2023〕12号',
    issued: '2023-04-20',
    filed: '2023-05-12',
    filingSkipped: false,
    current: { seq: 1, label: '2023年修订版' },
    working: null,
    deadlines: [{ kind: 'filing', due: '2023-05-22', state: 'done', daysOverdue: 0, metOn: '2023-05-12', late: false }],
    status: 'filed',
    lastDrill: { date: '2026-06-20', kind: 'field' },
  };

  it('fills every column', () => {
    expect(ledgerCells(src, 0)).toEqual([
      '1',
      '青山县防汛应急预案（2023年）',
      '专项',
      '市',
      '青山县防汛抗旱指挥部',
      '青山县人民政府',
      '青政办〔2023〕12号',
      '2023-04-20',
      '第1版\n（2023年修订版）',
      '2023-05-12\n已备案',
      '2026-06-20\n实战演练',
      '已备案',
    ]);
    expect(ledgerTitle('青山县应急管理局 ')).toBe('青山县应急管理局应急预案台账');
    expect(dateZh('2026-11-02')).toBe('2026年11月2日');
  });

  it('says how filing stands', () => {
    const open = { ...src, filed: null, deadlines: [{ kind: 'filing' as const, due: '2026-10-29', state: 'ok' as const, daysOverdue: -20 }] };
    expect(filingText(open)).toBe('待备案\n（2026-10-29前）');
    expect(filingText({ ...open, deadlines: [{ kind: 'filing', due: '2026-10-29', state: 'overdue', daysOverdue: 4 }] })).toBe('逾期4天未备案\n（应于2026-10-29前）');
    expect(filingText({ ...src, deadlines: [{ ...src.deadlines[0]!, late: true }] })).toBe('2023-05-12\n备案（逾期）');
    expect(filingText({ ...src, filed: null, filingSkipped: true })).toBe('不需备案');
    expect(filingText({ ...src, current: null })).toBe('—');
    expect(ledgerCells({ ...src, status: 'overdue', deadlines: [{ kind: 'drill', due: '2026-01-01', state: 'overdue', daysOverdue: 3 }] }, 4)[11]).toBe('逾期：演练');
  });
});
