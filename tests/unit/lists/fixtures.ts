import { RegionTree, type Region, type SheetGrid, type Zone } from '../../../shared/lists/index';

/** A grid from rows of cells; '^' in a cell means “merged from the cell above”, '<' “merged from the left”. */
export function grid(rows: string[][], firstRow = 1): SheetGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const out: SheetGrid = { name: 'Sheet1', width, rows: [] };
  const prev: string[] = [];
  rows.forEach((cells, i) => {
    const merged = cells.map((c) => c === '^' || c === '<');
    const values: string[] = [];
    cells.forEach((c, j) => values.push(c === '^' ? (prev[j] ?? '') : c === '<' ? (values[j - 1] ?? '') : c));
    values.forEach((v, j) => (prev[j] = v));
    out.rows.push({ n: firstRow + i, cells: values, ...(merged.some(Boolean) ? { merged } : {}) });
  });
  return out;
}

/** 青山县 → 石门镇 (枫树村: 一组, 二组; 桃园村) and 清河街道 (河口社区). */
export function sampleTree(): { tree: RegionTree; regions: Region[]; zones: Zone[] } {
  const regions: Region[] = [
    { id: 1, parentId: null, level: 'county', name: '青山县', sortOrder: 0 },
    { id: 2, parentId: 1, level: 'township', name: '石门镇', sortOrder: 1 },
    { id: 3, parentId: 2, level: 'village', name: '枫树村', sortOrder: 1 },
    { id: 4, parentId: 3, level: 'group', name: '一组', sortOrder: 1 },
    { id: 5, parentId: 3, level: 'group', name: '二组', sortOrder: 2 },
    { id: 6, parentId: 2, level: 'village', name: '桃园村', sortOrder: 2 },
    { id: 7, parentId: 1, level: 'township', name: '清河街道', sortOrder: 2 },
    { id: 8, parentId: 7, level: 'village', name: '河口社区', sortOrder: 1 },
  ];
  const zones: Zone[] = [{ id: 1, regionId: 4, name: '枫树沟', households: 12, people: 40, route: '沿村道向东至村部', shelter: '枫树村村部' }];
  return { tree: new RegionTree(regions), regions, zones };
}
