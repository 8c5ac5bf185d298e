import { Suspense, lazy, useMemo, useState } from 'react';
import { App, Button, Popconfirm, Space, Tag, Tooltip, Tree, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import type { TreeDataNode as DataNode } from 'antd';
import type { ListTree, RegionNode, ZoneNode } from '../../../../shared/contract/lists';
import { CHILD_LEVEL, LEVEL_ZH, OWN_LEVEL, REGION_LEVEL_ZH } from '../../../../shared/lists/types';
import { useApiMutation } from '../../api/hooks';
import { useOpenedOnce } from '../../components/useOpenedOnce';

// The dialogs load when first opened: antd's forms are not on the first screen.
const RegionDialog = lazy(() => import('./RegionDialog').then((m) => ({ default: m.RegionDialog })));
const ZoneDialog = lazy(() => import('./ZoneDialog').then((m) => ({ default: m.ZoneDialog })));

/** Green: the place has its own level's person and no gaps below; orange: gaps below; red: its own person is missing. */
function tone(r: RegionNode): 'ok' | 'below' | 'missing' {
  if (r.missing) return 'missing';
  return r.gaps > 0 ? 'below' : 'ok';
}

function regionTitle(r: RegionNode) {
  const t = tone(r);
  return (
    <span className={`lists-node lists-node-${t}`} data-testid={`region-${r.id}`} aria-label={`${r.name}${r.missing ? `，缺少${LEVEL_ZH[OWN_LEVEL[r.level]]}责任人` : ''}${r.gaps ? `，缺项${r.gaps}处` : ''}`}>
      <span className="lists-node-name">{r.name}</span>
      <span className="lists-node-count">{r.own}人</span>
      {r.gaps > 0 && <Tag color={t === 'missing' ? 'red' : 'orange'}>缺{r.gaps}</Tag>}
    </span>
  );
}

function zoneTitle(z: ZoneNode) {
  return (
    <span className={`lists-node lists-node-${z.missing ? 'missing' : 'ok'}`} aria-label={`危险区${z.name}${z.missing ? '，没有户级责任人' : ''}`}>
      <WarningOutlined style={{ color: '#d46b08' }} /> <span className="lists-node-name">{z.name}</span>
      <span className="lists-node-count">{z.households}户</span>
      {z.missing && <Tag color="red">无户级</Tag>}
    </span>
  );
}

/** The region tree with the completeness colours and counts; zones hang under their village or group. */
export function RegionTree({ tree, selectedId, onSelect }: { tree: ListTree; selectedId: number; onSelect: (id: number) => void }) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<{ mode: 'add' | 'rename'; region: RegionNode } | null>(null);
  const [zoneDialog, setZoneDialog] = useState<{ region: RegionNode; zone: ZoneNode | null } | null>(null);
  const regionMounted = useOpenedOnce(dialog !== null);
  const zoneMounted = useOpenedOnce(zoneDialog !== null);
  const del = useApiMutation('lists.regions.delete');
  const selected = tree.regions.find((r) => r.id === selectedId)!;

  const { data, keys } = useMemo(() => {
    const kids = new Map<number | null, RegionNode[]>();
    for (const r of tree.regions) kids.set(r.parentId, [...(kids.get(r.parentId) ?? []), r]);
    const zones = new Map<number, ZoneNode[]>();
    for (const z of tree.zones) zones.set(z.regionId, [...(zones.get(z.regionId) ?? []), z]);
    const expanded: string[] = [];
    const build = (r: RegionNode): DataNode => {
      // Open the county and townships, and the villages with gaps (so the missing groups and zones show).
      if (r.level === 'county' || r.level === 'township' || (r.level === 'village' && r.gaps > 0)) expanded.push(`r${r.id}`);
      return {
        key: `r${r.id}`,
        title: regionTitle(r),
        children: [
          ...(kids.get(r.id) ?? []).map(build),
          ...(zones.get(r.id) ?? []).map((z) => ({ key: `z${z.id}`, title: zoneTitle(z), isLeaf: true, selectable: true })),
        ],
      };
    };
    return { data: (kids.get(null) ?? []).map(build), keys: expanded };
  }, [tree]);
  const [expandedKeys, setExpandedKeys] = useState<React.Key[] | null>(null);

  const child = CHILD_LEVEL[selected.level];
  const remove = () =>
    del.mutate(
      { id: selected.id },
      {
        onSuccess: () => {
          void message.success(`已删除 ${selected.name}`);
          onSelect(selected.parentId ?? selected.id);
        },
        onError: (e) => void message.error(e.message),
      },
    );

  return (
    <section className="lists-tree" aria-label="地区树">
      <Space wrap size={4} style={{ marginBottom: 8 }}>
        {child && (
          <Tooltip title={`在“${selected.name}”下新增${REGION_LEVEL_ZH[child]}`}>
            <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'add', region: selected })}>
              新增{REGION_LEVEL_ZH[child].replace(/（.*）/, '')}
            </Button>
          </Tooltip>
        )}
        {(selected.level === 'village' || selected.level === 'group') && (
          <Button size="small" icon={<WarningOutlined />} onClick={() => setZoneDialog({ region: selected, zone: null })}>
            新增危险区
          </Button>
        )}
        <Button size="small" icon={<EditOutlined />} aria-label="改名" onClick={() => setDialog({ mode: 'rename', region: selected })} />
        {selected.parentId !== null && (
          <Popconfirm title={`删除“${selected.name}”？`} description="只能删除没有下级、危险区和责任人的地区。" okText="删除" cancelText="取消" onConfirm={remove}>
            <Button size="small" danger icon={<DeleteOutlined />} aria-label="删除地区" />
          </Popconfirm>
        )}
      </Space>
      <Typography.Paragraph type="secondary" className="lists-legend">
        <span className="lists-dot lists-node-ok" />齐全 <span className="lists-dot lists-node-below" />下级有缺项 <span className="lists-dot lists-node-missing" />缺本级责任人
      </Typography.Paragraph>
      <Tree
        blockNode
        showLine
        height={560}
        treeData={data}
        expandedKeys={expandedKeys ?? keys}
        onExpand={(k) => setExpandedKeys(k)}
        selectedKeys={[`r${selectedId}`]}
        onSelect={(_k, info) => {
          const key = String(info.node.key);
          if (key.startsWith('r')) onSelect(Number(key.slice(1)));
          else {
            const z = tree.zones.find((x) => `z${x.id}` === key);
            const r = z && tree.regions.find((x) => x.id === z.regionId);
            if (z && r) setZoneDialog({ region: r, zone: z });
          }
        }}
      />
      <Suspense fallback={null}>
        {regionMounted && <RegionDialog year={tree.year} state={dialog} onClose={() => setDialog(null)} />}
        {zoneMounted && <ZoneDialog state={zoneDialog} onClose={() => setZoneDialog(null)} />}
      </Suspense>
    </section>
  );
}
