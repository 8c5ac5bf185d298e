import { useState } from 'react';
import { Alert, Spin } from 'antd';
import { useApi } from '../../api/hooks';
import { RegionTree } from './RegionTree';
import { PersonPanel } from './PersonPanel';

/** The tree-and-table screen: pick a place on the left, see its persons at every level on the right. */
export function ListBrowser({ year }: { year: number }) {
  const tree = useApi('lists.tree', { year });
  const [regionId, setRegionId] = useState<number | null>(null);
  if (tree.isPending) return <Spin />;
  if (tree.isError) return <Alert type="error" showIcon title={tree.error.message} />;
  const selected = tree.data.regions.find((r) => r.id === regionId) ?? tree.data.regions.find((r) => r.parentId === null)!;
  return (
    <div className="lists-browser">
      <RegionTree tree={tree.data} selectedId={selected.id} onSelect={setRegionId} />
      <PersonPanel year={year} tree={tree.data} region={selected} />
    </div>
  );
}
