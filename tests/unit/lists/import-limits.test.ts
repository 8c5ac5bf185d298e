import { describe, expect, it } from 'vitest';
import { autoMap, detectHeader, readRows, type SheetGrid } from '../../../shared/lists/index';
import { FIELD_MAX } from '../../../shared/lists/rows';
import { clipMessage, clipText, SHOWN_TEXT_MAX } from '../../../shared/lists/text';
import { grid } from './fixtures';

const HEAD = ['乡镇', '行政村', '村民组', '危险区', '责任人类别', '姓名', '职务', '联系电话', '联系户数', '备注', '转移路线'];
const OK_ROW = ['石门镇', '枫树村', '一组', '', '组级', '赵大', '组长', '13905511003', '', '', ''];

function read(g: SheetGrid) {
  const h = detectHeader(g)!;
  return readRows(g, h, autoMap(h));
}

/** The sheet with one row changed in column `col` to `value`. */
function withCell(col: number, value: string) {
  const row = [...OK_ROW];
  row[col] = value;
  return read(grid([HEAD, row, ['石门镇', '枫树村', '二组', '', '组级', '孙三', '组长', '13905511005', '', '', '']]));
}

describe('clipping long text for display', () => {
  it('cuts at the limit with an ellipsis, never inside a surrogate pair', () => {
    expect(clipText('赵大')).toBe('赵大');
    expect(clipText('赵'.repeat(SHOWN_TEXT_MAX))).toHaveLength(SHOWN_TEXT_MAX);
    expect(clipText('赵'.repeat(SHOWN_TEXT_MAX + 1))).toBe(`${'赵'.repeat(SHOWN_TEXT_MAX)}…`);
    const emoji = `${'a'.repeat(SHOWN_TEXT_MAX - 1)}😀tail`; // the pair straddles the limit
    expect(clipText(emoji)).toBe(`${'a'.repeat(SHOWN_TEXT_MAX - 1)}…`);
  });

  it('cuts each quoted value of a message, and the message as a whole', () => {
    const m = clipMessage(`联系电话有误：电话号码“${'1'.repeat(1_000_000)}”含有无法识别的字符`);
    expect(m).toBe(`联系电话有误：电话号码“${'1'.repeat(SHOWN_TEXT_MAX)}…”含有无法识别的字符`);
    expect(clipMessage('短消息“赵大”')).toBe('短消息“赵大”');
    expect(clipMessage('无引号'.repeat(1000)).length).toBe(SHOWN_TEXT_MAX * 3 + 1);
  });
});

describe('imported values longer than a field holds are row errors, shown cut', () => {
  it('a 1 MB name: an error naming the row, value and message a few hundred characters at most', () => {
    const r = withCell(5, '赵'.repeat(512 * 1024));
    expect(r.persons.map((p) => p.name)).toEqual(['孙三']);
    expect(r.issues).toHaveLength(1);
    const i = r.issues[0]!;
    expect(i).toMatchObject({ row: 2, column: 'F', field: '姓名', severity: 'error' });
    expect(i.message).toMatch(/^姓名“赵+…”超过20个字/);
    expect(i.message.length).toBeLessThan(SHOWN_TEXT_MAX + 40);
    expect(i.value).toHaveLength(SHOWN_TEXT_MAX + 1);
  });

  it('a 1 MB phone: an error with the number cut', () => {
    const r = withCell(7, `1390551${'1'.repeat(1024 * 1024)}`);
    expect(r.issues.map((i) => [i.row, i.field, i.severity])).toEqual([[2, '联系电话', 'error']]);
    expect(r.issues[0]!.message.length).toBeLessThan(SHOWN_TEXT_MAX * 2);
    expect(r.issues[0]!.value.endsWith('…')).toBe(true);
  });

  it.each([
    [6, '职务', FIELD_MAX.position],
    [9, '备注', FIELD_MAX.note],
    [0, '乡镇', FIELD_MAX.place],
    [1, '行政村', FIELD_MAX.place],
    [2, '村民组', FIELD_MAX.place],
    [10, '转移路线', FIELD_MAX.route],
  ] as const)('column %i (%s): %i characters pass, one more is an error', (col, zh, max) => {
    const zone = col === 10 ? { 3: '枫树沟' } : {};
    const at = (value: string) => {
      const row = [...OK_ROW];
      row[col] = value;
      for (const [k, v] of Object.entries(zone)) row[Number(k)] = v;
      return read(grid([HEAD, row]));
    };
    expect(at('甲'.repeat(max)).issues.filter((i) => i.severity === 'error')).toEqual([]);
    const over = at('甲'.repeat(max + 1));
    const errors = over.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe(zh);
    expect(errors[0]!.message).toContain(`共${max + 1}个字，超过${max}个字的上限`);
    if (col !== 10) expect(over.persons).toEqual([]);
  });

  it('a danger zone name over the limit is an error and no zone is read', () => {
    const row = [...OK_ROW];
    row[3] = '沟'.repeat(FIELD_MAX.zone + 1);
    row[4] = '户级';
    const r = read(grid([HEAD, row]));
    expect(r.zones).toEqual([]);
    expect(r.issues.map((i) => [i.field, i.severity])).toEqual([['危险区', 'error']]);
  });
});
