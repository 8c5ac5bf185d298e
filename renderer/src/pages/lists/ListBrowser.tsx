import { useDeferredValue, useState } from 'react';
import { Alert, Spin } from 'antd';
import { useApi } from '../../api/hooks';
import { RegionTree } from './RegionTree';
import { PersonPanel } from './PersonPanel';

/**
 * The tree-and-table screen: pick a place on the left, see its persons at every level on the right
 * (the whole county until a place is picked). The tree is asked for when this mounts, with the first
 * rows of persons already there (boot.ts), and shown after them.
 */
export function ListBrowser({ year }: { year: number }) {
  const query = useApi('lists.tree', { year });
  // The tree (4,000+ places) renders at low priority, after the first rows of persons — also when its
  // answer is already there at the first render: the initial value (null; React takes undefined for none)
  // keeps it out of that render. The persons' panel takes it at once: the county's name is in its rows.
  const tree = useDeferredValue(query.data, null) ?? undefined;
  const [regionId, setRegionId] = useState<number | null>(null);
  if (query.isError) return <Alert type="error" showIcon title={query.error.message} />;
  const root = tree?.regions.find((r) => r.parentId === null);
  const selected = tree?.regions.find((r) => r.id === regionId) ?? root;
  return (
    <div className="lists-browser">
      {tree && selected ? (
        <RegionTree tree={tree} selectedId={selected.id} onSelect={setRegionId} />
      ) : (
        <section className="lists-tree" aria-label="地区树">
          <Spin />
        </section>
      )}
      <PersonPanel year={year} tree={query.data} region={selected?.id === root?.id ? undefined : selected} />
    </div>
  );
}
