import { useState } from 'react';
import { Alert, Spin } from 'antd';
import { useApi } from '../../api/hooks';
import { RegionTree } from './RegionTree';
import { PersonPanel } from './PersonPanel';

/**
 * The tree-and-table screen: pick a place on the left, see its persons at every level on the right.
 * The tree and the first page of persons load side by side (the whole county until a place is picked).
 */
export function ListBrowser({ year }: { year: number }) {
  const tree = useApi('lists.tree', { year });
  const [regionId, setRegionId] = useState<number | null>(null);
  if (tree.isError) return <Alert type="error" showIcon title={tree.error.message} />;
  const root = tree.data?.regions.find((r) => r.parentId === null);
  const selected = tree.data?.regions.find((r) => r.id === regionId) ?? root;
  return (
    <div className="lists-browser">
      {tree.data && selected ? (
        <RegionTree tree={tree.data} selectedId={selected.id} onSelect={setRegionId} />
      ) : (
        <section className="lists-tree" aria-label="地区树">
          <Spin />
        </section>
      )}
      <PersonPanel year={year} tree={tree.data} region={selected?.id === root?.id ? undefined : selected} />
    </div>
  );
}
