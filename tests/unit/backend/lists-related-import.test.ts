import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ok } from '../../db/helpers';
import { b64, listsBackend, workbook, type Cell } from './lists-helpers';
import type { LeaderRow, RelatedImportPreview, RelatedImportResult, WorkRow } from '../../../shared/contract/lists-related';
import type { ListFile } from '../../../shared/contract/lists';
import type { AuditEntry } from '../../../shared/audit/types';

/** A county's 小型水库三个责任人 table: a title, a two-row header (one group per role), a footer. */
function reservoirs(patrolPhone: Cell): Promise<Buffer> {
  return workbook(
    [
      ['青山县2026年小型水库防汛“三个责任人”名单', null, null, null, null, null, null, null, null, null, null, null],
      ['序号', '水库名称', '所在乡镇', '规模', '行政责任人', null, null, '技术责任人', null, null, '巡查责任人', null],
      [null, null, null, null, '姓名', '单位及职务', '联系电话', '姓名', '单位及职务', '联系电话', '姓名', '联系电话'],
      [1, '青山水库', '石门镇', '中型', '陈志强', '县长', 13905518001, '许文', '县水利局', 13905518101, '邓海', '13905518201'],
      [2, '鹰嘴岩水库', '桃源', '小（2）型', '冯伟', '乡长', 13905512001, '曹静', '县水利局', '13905518102', '蒋华', patrolPhone],
      ['制表人：王丽', null, null, null, '审核人：刘强', null, null, null, null, null, null, null],
    ],
    ['A1:L1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2', 'H2:J2', 'K2:L2'],
  );
}

const input = (buf: Buffer, kind = 'works') => ({ year: 2026, kind, fileName: '三个责任人.xlsx', dataBase64: b64(buf) });

describe('related lists import: preview, row-level report, all or nothing', () => {
  it('reports a bad phone by row and column and refuses to import anything', async () => {
    const { backend } = await listsBackend();
    const file = input(await reservoirs(1390551200));
    const p = await ok<RelatedImportPreview>(backend, 'lists.related.importPreview', file);
    expect(p.headerRows).toEqual([2, 3]);
    expect(p.read).toBe(2);
    expect(p.skipped.footer).toBe(1);
    expect(p.errors).toBe(1);
    expect(p.issues.filter((i) => i.severity === 'error')).toEqual([
      { row: 5, column: 'L', header: '巡查责任人/联系电话', value: '1390551200', message: '手机号“1390551200”格式不正确：应为以13–19开头的11位数字', severity: 'error' },
    ]);
    expect(p.problem).toBe('有1处错误（见下表），请在Excel中改正后重新选择文件；名单未作任何修改');
    expect(p.added).toEqual(['鹰嘴岩水库']);
    expect(p.changed).toEqual([{ name: '青山水库', fields: ['技术责任人职务'] }]);

    const auditBefore = (await ok<{ total: number }>(backend, 'audit.list', { limit: 1 })).total;
    const r = await backend.dispatch('lists.related.importCommit', file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('第5行「巡查责任人/联系电话」列（L）“1390551200”：手机号“1390551200”格式不正确：应为以13–19开头的11位数字。有1处错误（见下表），请在Excel中改正后重新选择文件；名单未作任何修改');
    expect((await ok<{ total: number }>(backend, 'audit.list', { limit: 1 })).total).toBe(auditBefore);
    expect((await ok<WorkRow[]>(backend, 'lists.related.works', { year: 2026 })).map((w) => w.name)).not.toContain('鹰嘴岩水库');
  });

  it('commits the corrected file: adds and changes, one audit row per entry and one for the import', async () => {
    const { backend } = await listsBackend();
    const r = await ok<RelatedImportResult>(backend, 'lists.related.importCommit', input(await reservoirs('139 0551 2004')));
    expect(r).toMatchObject({ added: 1, changed: 1, unchanged: 0, text: '水库三个责任人：新增1处，变更1处，未变0' });
    expect(r.backup).not.toBe('');
    const works = await ok<WorkRow[]>(backend, 'lists.related.works', { year: 2026 });
    const added = works.find((w) => w.name === '鹰嘴岩水库')!;
    expect(added).toMatchObject({ kind: '水库', township: '桃源乡', scale: '小(2)型', patrol: { name: '蒋华', position: '', phones: ['13905512004'] } });
    // Columns the file lacks (巡查责任人职务) keep their values on the entry that already existed.
    expect(works.find((w) => w.name === '青山水库')!.patrol).toEqual({ name: '邓海', position: '青山水库管理所', phones: ['13905518201'] });
    const log = (await ok<{ rows: AuditEntry[] }>(backend, 'audit.list', { limit: 3 })).rows;
    expect(log.map((e) => e.summary)).toEqual([
      '导入2026年水库三个责任人“三个责任人.xlsx”：水库三个责任人：新增1处，变更1处，未变0',
      '导入新增水库三个责任人 鹰嘴岩水库',
      '导入变更水库三个责任人 青山水库（技术责任人职务）',
    ]);
    expect(log[2]!.before).toMatchObject({ techPosition: '县水利局高级工程师' });
    expect(log[2]!.after).toMatchObject({ techPosition: '县水利局' });
  });

  it('exports both lists in a layout the importer reads back unchanged', async () => {
    const { backend } = await listsBackend();
    for (const kind of ['works', 'leaders'] as const) {
      const f = await ok<ListFile>(backend, 'lists.related.export', { year: 2026, kind });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(f.dataBase64, 'base64') as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(String(ws.getCell(1, 1).value)).toMatch(kind === 'works' ? /^青山县2026年水库（重点工程）防汛三个责任人名单$/ : /^青山县2026年县级领导防汛包保责任表$/);
      const p = await ok<RelatedImportPreview>(backend, 'lists.related.importPreview', { year: 2026, kind, fileName: f.name, dataBase64: f.dataBase64 });
      expect(p.problem).toBeNull();
      expect(p.added).toEqual([]);
      expect(p.changed).toEqual([]);
      expect(p.unchanged).toBe(kind === 'works' ? 5 : 3);
      expect(p.skipped.footer).toBe(1);
    }
    const f = await ok<ListFile>(backend, 'lists.related.export', { year: 2026, kind: 'works' });
    expect(f.name).toBe('青山县2026年水库（重点工程）防汛三个责任人名单.xlsx');
  });

  it('reads a simple leaders sheet: townships by name, works kept, an unknown township reported', async () => {
    const { backend } = await listsBackend();
    const buf = await workbook([
      ['姓名', '职务', '联系电话', '包保乡镇', '包保工程'],
      ['孙立', '县政协副主席', '13905518009', '石门镇、清河', '枫树塘水库'],
      ['钱多', '副县长', '13905518010', '新华乡', ''],
    ]);
    const p = await ok<RelatedImportPreview>(backend, 'lists.related.importPreview', input(buf, 'leaders'));
    expect(p.issues.map((i) => `${i.row}${i.column} ${i.message}`)).toEqual(['3A 没有包保乡镇或工程', '3D 青山县名单中没有乡镇“新华乡”']);
    const fixed = await workbook([
      ['姓名', '职务', '联系电话', '包保乡镇', '包保工程'],
      ['孙立', '县政协副主席', '13905518009', '石门镇、清河', '枫树塘水库'],
    ]);
    await ok(backend, 'lists.related.importCommit', input(fixed, 'leaders'));
    const l = (await ok<LeaderRow[]>(backend, 'lists.related.leaders', { year: 2026 })).find((x) => x.name === '孙立')!;
    expect(l).toMatchObject({ townships: ['石门镇', '清河街道'], works: ['枫树塘水库'], phones: ['13905518009'] });
  });

  it('refuses a file that is not a workbook with a Chinese message', async () => {
    const { backend } = await listsBackend();
    const r = await backend.dispatch('lists.related.importPreview', { year: 2026, kind: 'works', fileName: 'a.xlsx', dataBase64: Buffer.from('not a zip').toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'invalid_input' });
    if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});
