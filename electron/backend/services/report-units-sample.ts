import type { Db } from '../../../db/open';
import { insertUnit, type UnitData } from '../../../db/repos/reports-units';

/** Invented reporting units of the sample county (乡镇/街道 and 成员单位). */
export const SAMPLE_REPORT_UNITS: UnitData[] = [
  { name: '城关镇', kind: '乡镇/街道', phone: '0551-62881001' },
  { name: '青石镇', kind: '乡镇/街道', phone: '0551-62881002' },
  { name: '柳河乡', kind: '乡镇/街道', phone: '0551-62881003' },
  { name: '东山街道', kind: '乡镇/街道', phone: '0551-62881004' },
  { name: '县水利局', kind: '成员单位', phone: '0551-62882001' },
  { name: '县自然资源局', kind: '成员单位', phone: '0551-62882002' },
  { name: '县气象局', kind: '成员单位', phone: '0551-62882003' },
  { name: '县交通运输局', kind: '成员单位', phone: '0551-62882004' },
];

/** Adds the sample units; called by 载入示例数据. */
export function loadSampleReportUnits(db: Db, now: number): number {
  for (const u of SAMPLE_REPORT_UNITS) insertUnit(db, u, now);
  return SAMPLE_REPORT_UNITS.length;
}
