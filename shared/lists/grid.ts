/** A sheet as plain text cells, made by the xlsx reader (merged cells already filled in). */
export interface GridRow {
  /** The sheet's row number (1-based, as Excel shows it). */
  n: number;
  /** Cell texts, column A first; numbers as their digits. */
  cells: string[];
  /** Per column: the value was copied from a merged cell above (not written on this row). */
  merged?: boolean[];
}

export interface SheetGrid {
  name: string;
  rows: GridRow[];
  /** Number of columns (the widest row). */
  width: number;
}

export function cellAt(row: GridRow, col: number): string {
  return row.cells[col] ?? '';
}

/** Nothing written on the row: every cell empty, or only copies of merged cells from the rows above. */
export function isBlankRow(row: GridRow): boolean {
  return row.cells.every((c, j) => c.trim() === '' || row.merged?.[j] === true);
}

const FOOTER = /^(制表人|制表单位|制表时间|制表日期|填表人|填报人|填报单位|填报日期|审核人|审核|审批人|负责人|单位负责人|主管领导|签发|联系人|联系电话|日期|注|备注|说明|附注)\s*[:：]/;
const FOOTER_ALONE = /^(制表人|审核人|填报人|填表人|审核|签发人)$/;
const SUBTOTAL = /^(合计|小计|总计|共计|累计)/;

/** 制表人/审核人 lines below the table, notes (注：…). */
export function isFooterRow(row: GridRow): boolean {
  const first = row.cells.find((c) => c.trim() !== '');
  if (first === undefined) return false;
  const t = first.replace(/\s/g, '');
  return FOOTER.test(t) || FOOTER_ALONE.test(t) || row.cells.some((c) => (c.includes('制表') || c.includes('审核')) && /^(制表人|审核人)[:：]/.test(c.replace(/\s/g, '')));
}

/** 合计 / 小计 rows (a township's subtotal). */
export function isSubtotalRow(row: GridRow): boolean {
  return row.cells.some((c) => c.includes('计') && SUBTOTAL.test(c.replace(/[\s\u3000]/g, '')));
}
