import type { Db } from '../../../db/open';
import { listRegions } from '../../../db/repos/lists';
import { insertLeader, insertWork } from '../../../db/repos/lists-related';
import type { RoleContact, WorkKind } from '../../../shared/lists/related';

/**
 * The sample county's 县级领导包保 and 水库三个责任人 (names and numbers invented). 龙潭水库 has no
 * 巡查责任人 yet, for the screens to show a gap.
 */
const LEADERS: { name: string; position: string; phones: string[]; townships: string[]; works: string[]; note?: string }[] = [
  { name: '陈志强', position: '县委副书记、县长', phones: ['13905518001'], townships: ['石门镇'], works: ['青山水库'] },
  { name: '周敏', position: '副县长', phones: ['13905518002', '0551-62880001'], townships: ['桃源乡'], works: ['龙潭水库', '白石河堤防'] },
  { name: '王建国', position: '县委常委、常务副县长', phones: ['13905518003'], townships: ['清河街道'], works: ['青龙沟山洪沟'], note: '汛期驻点' },
];

const R = (name: string, position: string, phone: string): RoleContact => ({ name, position, phones: phone ? [phone] : [] });
const NONE: RoleContact = { name: '', position: '', phones: [] };

const WORKS: { name: string; kind: WorkKind; township: string; scale: string; admin: RoleContact; tech: RoleContact; patrol: RoleContact }[] = [
  { name: '青山水库', kind: '水库', township: '石门镇', scale: '中型', admin: R('陈志强', '县长', '13905518001'), tech: R('许文', '县水利局高级工程师', '13905518101'), patrol: R('邓海', '青山水库管理所', '13905518201') },
  { name: '龙潭水库', kind: '水库', township: '桃源乡', scale: '小(1)型', admin: R('冯伟', '桃源乡乡长', '13905512001'), tech: R('曹静', '县水利局工程师', '13905518102'), patrol: NONE },
  { name: '枫树塘水库', kind: '水库', township: '石门镇', scale: '小(2)型', admin: R('刘强', '石门镇镇长', '13905511001'), tech: R('许文', '县水利局高级工程师', '13905518101'), patrol: R('李明', '枫树村党支部书记', '13905511002') },
  { name: '白石河堤防', kind: '堤防', township: '桃源乡', scale: '', admin: R('周敏', '副县长', '13905518002'), tech: R('曹静', '县水利局工程师', '13905518102'), patrol: R('沈洁', '白石村村委会主任', '13905513005') },
  { name: '石门水电站', kind: '水电站', township: '石门镇', scale: '小(1)型', admin: R('何丽', '石门镇副镇长', '13905511011'), tech: R('彭程', '石门水电站站长', '13905518103'), patrol: R('魏东', '石门水电站值班员', '13905518203') },
];

/** Add the related lists to the sample year (its townships already made). */
export function loadSampleRelated(db: Db, year: number, now: number): void {
  const townships = new Map(listRegions(db, year).filter((r) => r.level === 'township').map((r) => [r.name, r.id]));
  const ids = (names: string[]) => names.map((n) => townships.get(n)).filter((n): n is number => n !== undefined);
  for (const l of LEADERS) insertLeader(db, year, { name: l.name, position: l.position, phones: l.phones, townshipIds: ids(l.townships), works: l.works, note: l.note ?? '' }, now);
  for (const w of WORKS) insertWork(db, year, { name: w.name, kind: w.kind, townshipId: townships.get(w.township) ?? null, scale: w.scale, admin: w.admin, tech: w.tech, patrol: w.patrol, note: '' }, now);
}
