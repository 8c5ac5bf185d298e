import { LEVEL_ZH, REGION_LEVEL_ZH, type ListPerson, type Region, type Zone } from '../../../shared/lists/types';
import type { YearView } from './lists-view';

/** Readable snapshots for the audit log (labels: LIST_AUDIT_LABELS in shared/contract/lists.ts). */

export function personSnapshot(view: YearView, p: ListPerson) {
  return {
    listYear: p.year,
    personLevel: LEVEL_ZH[p.level],
    region: view.path(p.regionId) || (view.tree.root?.name ?? ''),
    zone: p.zoneId !== null ? (view.zoneById.get(p.zoneId)?.name ?? '') : '',
    name: p.name,
    position: p.position,
    duty: p.duty,
    phones: p.phones,
    households: p.households,
    note: p.note,
    active: p.active,
  };
}

/** A person as “户级 钱二（石门镇/枫树村/一组 枫树沟）”. */
export function personLabel(view: YearView, p: Pick<ListPerson, 'level' | 'name' | 'regionId' | 'zoneId'>): string {
  const zone = p.zoneId !== null ? view.zoneById.get(p.zoneId)?.name : undefined;
  const where = [view.path(p.regionId) || view.tree.root?.name, zone].filter(Boolean).join(' ');
  return `${LEVEL_ZH[p.level]} ${p.name}（${where}）`;
}

export function regionSnapshot(view: YearView, r: Region) {
  return { listYear: view.year, regionLevel: REGION_LEVEL_ZH[r.level], regionName: r.name, region: view.path(r.parentId ?? r.id) };
}

export function zoneSnapshot(view: YearView, z: Zone) {
  return { listYear: view.year, region: view.path(z.regionId), zoneName: z.name, zoneHouseholds: z.households, zonePeople: z.people, route: z.route, shelter: z.shelter };
}
