import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Checkbox, Input, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ListTree, RegionNode } from '../../../../shared/contract/lists';
import { LEVEL_ZH, OWN_LEVEL, type PersonLevel, type PersonRow } from '../../../../shared/lists/types';
import { useApi, useApiMutation } from '../../api/hooks';
import { LEVEL_OPTIONS } from './labels';
import { PageStore, usePersonWindow } from './usePersonWindow';
import { PersonTable, type PersonColumn } from './PersonTable';
import { useOpenedOnce } from '../../components/useOpenedOnce';

// Plain spans, not antd Tags or Dropdowns: a scroll through 200,000 rows renders many of these.
const LEVEL_CELL = (p: PersonRow) => <span className={`lists-level lists-level-${p.level}`}>{LEVEL_ZH[p.level]}</span>;

// The person's drawer (history, calls, the audit labels of every area) loads when first opened.
const PersonDrawer = lazy(() => import('./PersonDrawer').then((m) => ({ default: m.PersonDrawer })));
// So do the form and the move dialog: antd's forms and tree selects are not on the first screen.
const PersonForm = lazy(() => import('./PersonForm').then((m) => ({ default: m.PersonForm })));
const MoveDialog = lazy(() => import('./MoveDialog').then((m) => ({ default: m.MoveDialog })));

function useDebounced(value: string, ms: number): string {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/**
 * A region's persons at every level (virtual table), search, and the person actions. Without a region
 * (or before the tree has come) it shows the whole county.
 */
export function PersonPanel({ year, tree, region }: { year: number; tree: ListTree | undefined; region: RegionNode | undefined }) {
  const { message, modal } = App.useApp();
  const [level, setLevel] = useState<PersonLevel | undefined>();
  const [inactive, setInactive] = useState(false);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const win = usePersonWindow({ year, regionId: region?.id, level, includeInactive: inactive });
  const search = useApi('lists.persons.search', { year, q, includeInactive: inactive, limit: 200 }, { enabled: q !== '' });
  const setActive = useApiMutation('lists.persons.setActive');
  const [editing, setEditing] = useState<PersonRow | 'new' | null>(null);
  const [moving, setMoving] = useState<PersonRow | null>(null);
  const [showing, setShowing] = useState<number | null>(null);
  const [drawerLoaded, setDrawerLoaded] = useState(false);
  const formMounted = useOpenedOnce(editing !== null);
  const moveMounted = useOpenedOnce(moving !== null);
  const show = useCallback((id: number) => {
    setDrawerLoaded(true);
    setShowing(id);
  }, []);

  const searching = q !== '';
  const found = search.data?.rows;
  const searchStore = useMemo(() => PageStore.of(found ?? []), [found]);
  const store = searching ? searchStore : win.store;
  const count = searching ? (found?.length ?? 0) : win.total;
  const countyName = tree?.countyName ?? '';
  // Stable columns (the setters never change): scrolling re-renders no row already on screen.
  const columns = useMemo<PersonColumn[]>(() => {
    const place = (r: PersonRow) => [r.regionPath || countyName, r.zoneName].filter(Boolean).join(' · ');
    return [
      { title: '层级', key: 'level', width: '60px', render: LEVEL_CELL },
      { title: '姓名', key: 'name', width: '80px', render: (r) => <a onClick={() => show(r.id)}>{r.name}</a> },
      { title: '职务', key: 'position', width: 'minmax(110px, 1fr)', render: (r) => r.position, hint: (r) => r.position },
      { title: '所属地区 / 危险区', key: 'place', width: 'minmax(200px, 2fr)', render: place, hint: place },
      { title: '联系电话', key: 'phones', width: 'minmax(196px, 2fr)', render: (r) => (r.phones.length ? r.phones.join('、') : <span className="lists-nophone">无电话</span>), hint: (r) => r.phones.join('、') },
      { title: '户数', key: 'households', width: '50px', render: (r) => r.households ?? '' },
      {
        title: '操作',
        key: 'actions',
        width: '100px',
        render: (r) => (
          <>
            <a onClick={() => setEditing(r)}>编辑</a>
            <a className="lists-action" onClick={() => show(r.id)} aria-label={`${r.name}的详情和操作`}>
              更多
            </a>
          </>
        ),
      },
    ];
  }, [countyName, show]);
  const chain = (() => {
    const out: RegionNode[] = [];
    for (let r: RegionNode | undefined = region; r && tree; r = tree.regions.find((x) => x.id === r!.parentId)) out.unshift(r);
    return out;
  })();

  const toggle = (p: PersonRow) =>
    setActive.mutate(
      { id: p.id, active: !p.active },
      { onSuccess: (r) => void message.success(`${r.active ? '已启用' : '已停用'} ${r.name}`), onError: (e) => void message.error(e.message) },
    );

  return (
    <section className="lists-persons" aria-label="责任人">
      <div className="lists-persons-head">
        <Typography.Text strong aria-label="当前地区">
          {chain.length ? chain.map((r) => r.name).join(' / ') : (tree?.countyName ?? '')}
        </Typography.Text>
        {region?.missing && <Tag color="red">缺少{LEVEL_ZH[OWN_LEVEL[region.level]]}责任人</Tag>}
        <Typography.Text type="secondary" data-testid="persons-count">
          {searching ? `查找“${q}”：${search.isPending ? '…' : `${search.data?.rows.length ?? 0}人${search.data?.more ? '以上' : ''}`}` : `共 ${win.total} 人`}
        </Typography.Text>
      </div>
      <Space wrap style={{ marginBottom: 8 }}>
        <Input.Search
          aria-label="查找责任人"
          placeholder="姓名、拼音首字母（如 zs）、电话或地区"
          allowClear
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ width: 300 }}
        />
        <Select aria-label="层级" allowClear placeholder="全部层级" style={{ width: 110 }} value={level} onChange={setLevel} options={LEVEL_OPTIONS} />
        <Checkbox checked={inactive} onChange={(e) => setInactive(e.target.checked)}>
          显示已停用
        </Checkbox>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增责任人
        </Button>
      </Space>
      {searching && search.data?.hint && <Alert type="info" showIcon title={search.data.hint} style={{ marginBottom: 8 }} />}
      {searching && search.data?.more && <Alert type="info" showIcon title="结果较多，只列出前200人，请输入更精确的条件" style={{ marginBottom: 8 }} />}
      {win.error && <Alert type="error" showIcon title={win.error.message} />}
      <PersonTable
        store={store}
        count={count}
        columns={columns}
        loading={searching ? search.isFetching && !search.data : win.loading}
        emptyText={searching ? '没有找到' : '这里还没有责任人'}
        resetKey={searching ? `q:${q}:${inactive}` : `w:${region?.id ?? ''}:${level ?? ''}:${inactive}`}
      />
      {tree && formMounted && (
        <Suspense fallback={null}>
          <PersonForm year={year} tree={tree} region={region ?? tree.regions.find((r) => r.parentId === null)!} editing={editing} onClose={() => setEditing(null)} />
        </Suspense>
      )}
      {tree && moveMounted && (
        <Suspense fallback={null}>
          <MoveDialog tree={tree} person={moving} onClose={() => setMoving(null)} />
        </Suspense>
      )}
      {drawerLoaded && (
        <Suspense fallback={null}>
          <PersonDrawer
            id={showing}
            onClose={() => setShowing(null)}
            onEdit={(p) => (setShowing(null), setEditing(p))}
            onMove={(p) => (setShowing(null), setMoving(p))}
            onToggle={(p) =>
              modal.confirm({
                title: p.active ? `停用 ${p.name}？` : `启用 ${p.name}？`,
                content: p.active ? '停用后不再列入名单和公示表，历史保留，可随时启用。' : undefined,
                okText: p.active ? '停用' : '启用',
                cancelText: '取消',
                okButtonProps: { danger: p.active },
                onOk: () => toggle(p),
              })
            }
          />
        </Suspense>
      )}
    </section>
  );
}
