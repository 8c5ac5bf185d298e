import type { ListTree, RegionNode } from '../../../../shared/contract/lists';
import { REGION_OF_LEVEL, type PersonLevel } from '../../../../shared/lists/types';

export interface RegionOption {
  value: number;
  title: string;
  disabled: boolean;
  children: RegionOption[];
}

/** TreeSelect data: every place, the ones a person of `level` cannot belong to greyed out. */
export function regionOptions(tree: ListTree, level: PersonLevel): RegionOption[] {
  const allowed = REGION_OF_LEVEL[level];
  const kids = new Map<number | null, RegionNode[]>();
  for (const r of tree.regions) kids.set(r.parentId, [...(kids.get(r.parentId) ?? []), r]);
  const build = (r: RegionNode): RegionOption => ({ value: r.id, title: r.name, disabled: !allowed.includes(r.level), children: (kids.get(r.id) ?? []).map(build) });
  return (kids.get(null) ?? []).map(build);
}

/** The place a new person of `level` most likely belongs to, given the place being looked at. */
export function defaultRegion(tree: ListTree, region: RegionNode, level: PersonLevel): number | undefined {
  const allowed = REGION_OF_LEVEL[level];
  for (let r: RegionNode | undefined = region; r; r = tree.regions.find((x) => x.id === r!.parentId)) if (allowed.includes(r.level)) return r.id;
  return undefined;
}

export function zonesOf(tree: ListTree, regionId: number | undefined) {
  return tree.zones.filter((z) => z.regionId === regionId).map((z) => ({ value: z.id, label: `${z.name}（${z.households}户）` }));
}
