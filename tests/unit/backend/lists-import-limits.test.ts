import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/contract/lists';
import { SHOWN_TEXT_MAX } from '../../../shared/lists/text';
import { ok } from '../../db/helpers';
import { b64, listsBackend, workbook } from './lists-helpers';

const HEADER = ['乡镇', '行政村', '村民组', '姓名', '联系电话'];

describe('a workbook with megabyte cells through lists.import', () => {
  it('previews with every shown text cut to a couple of hundred characters, and commits nothing', async () => {
    const { backend } = await listsBackend();
    const mb = '赵'.repeat(512 * 1024);
    const buf = await workbook([
      [...HEADER, `备注${mb}`],
      ['石门镇', '枫树村', '一组', mb, `1390551${'1'.repeat(1024 * 1024)}`],
    ]);
    const input = { year: 2026, fileName: '大单元格.xlsx', dataBase64: b64(buf), createRegions: true };
    const p = await ok<ImportPreview>(backend, 'lists.import.preview', input);
    expect(JSON.stringify(p).length).toBeLessThan(20_000);
    expect(p.columns.map((c) => c.header.length).every((n) => n <= SHOWN_TEXT_MAX + 1)).toBe(true);
    expect(p.columns[5]!.header.endsWith('…')).toBe(true);
    expect(p.errors).toBe(1);
    expect(p.issues[0]!).toMatchObject({ row: 2, column: 'D', field: '姓名', severity: 'error' });
    expect(p.issues[0]!.value.length).toBe(SHOWN_TEXT_MAX + 1);

    const c = await backend.dispatch('lists.import.commit', input);
    expect(c.ok).toBe(false);
    if (!c.ok) {
      expect(c.error.code).toBe('invalid_input');
      expect(c.error.message).toMatch(/^第2行「姓名」列（D）：姓名“赵+…”超过20个字/);
      expect(c.error.message.length).toBeLessThan(400);
    }
  }, 60_000);
});
