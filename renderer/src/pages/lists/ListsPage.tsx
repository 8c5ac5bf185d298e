import { Suspense, lazy, useEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { Route, Routes } from 'react-router';
import { Alert, Button, Empty, Spin } from 'antd';
import { useApi } from '../../api/hooks';
import { officeYear } from '../../officeYear';
import { YearBar } from './YearBar';
import { ListBrowser } from './ListBrowser';
import { PAGE } from './usePersonWindow';
import { useOpenedOnce } from '../../components/useOpenedOnce';
import { PageTabs } from '../../components/PageTabs';
import './lists.css';

// The tabs behind 名单 load when first shown: with their tables, statistics and forms they would take a
// third more of antd to the first screen, to be parsed and run before the first row shows.
const ChecksTab = lazy(() => import('./ChecksTab').then((m) => ({ default: m.ChecksTab })));
const CallsTab = lazy(() => import('./CallsTab').then((m) => ({ default: m.CallsTab })));
const LeadersTab = lazy(() => import('./related/LeadersTab').then((m) => ({ default: m.LeadersTab })));
const WorksTab = lazy(() => import('./related/WorksTab').then((m) => ({ default: m.WorksTab })));
// So do the dialogs and the print views: antd's forms and tree selects are not on the first screen.
const NewYearDialog = lazy(() => import('./NewYearDialog').then((m) => ({ default: m.NewYearDialog })));
const ListsPublicPrint = lazy(() => import('../../print/lists-public').then((m) => ({ default: m.ListsPublicPrint })));
const ListsGapsPrint = lazy(() => import('../../print/lists-gaps').then((m) => ({ default: m.ListsGapsPrint })));

function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spin />}>{children}</Suspense>;
}

/** 责任人名单: the five-level lists by year, with the related 县级领导包保 and 水库三个责任人 lists; /lists/print is the A4 公示表, /lists/gaps the printable gap list. */
export function ListsPage() {
  return (
    <Routes>
      <Route index element={<ListsHome />} />
      <Route
        path="print"
        element={
          <Later>
            <ListsPublicPrint />
          </Later>
        }
      />
      <Route
        path="gaps"
        element={
          <Later>
            <ListsGapsPrint />
          </Later>
        }
      />
    </Routes>
  );
}

/** Ask for this year's first page of persons beside the overview (they do not wait for each other); the tree comes after the rows (ListBrowser). */
function usePrefetch(): void {
  const qc = useQueryClient();
  const status = useApi('system.status', {});
  const year = status.data ? officeYear(status.data.now) : null;
  useEffect(() => {
    if (year === null) return;
    const page = { year, includeInactive: false, offset: 0, limit: PAGE };
    void qc.prefetchQuery({ queryKey: ['lists', 'lists.persons.page', page], queryFn: () => call('lists.persons.page', page) });
  }, [qc, year]);
}

function ListsHome() {
  usePrefetch();
  const overview = useApi('lists.overview', {});
  const [chosen, setChosen] = useState<number | null>(null);
  const [tab, setTab] = useState('list');
  const [creating, setCreating] = useState(false);
  const newYearMounted = useOpenedOnce(creating);
  if (overview.isPending) return <Spin />;
  if (overview.isError) return <Alert type="error" showIcon title={overview.error.message} />;
  const o = overview.data;
  const has = (y: number) => o.years.some((x) => x.year === y);
  const year = chosen !== null && has(chosen) ? chosen : has(o.currentYear) ? o.currentYear : (o.years[0]?.year ?? null);
  return (
    <>
      <h1 className="page-title">山洪灾害防御责任人名单</h1>
      {year === null ? (
        <Empty description="还没有责任人名单">
          <Button type="primary" onClick={() => setCreating(true)}>
            新建名单
          </Button>
        </Empty>
      ) : (
        <>
          <YearBar overview={o} year={year} onYear={setChosen} onCreate={() => setCreating(true)} fiveLevel={tab !== 'leaders' && tab !== 'works'} />
          <PageTabs
            activeKey={tab}
            onChange={setTab}
            destroyOnHidden
            items={[
              { key: 'list', label: '名单', children: <ListBrowser year={year} /> },
              { key: 'checks', label: '检查', children: <Later><ChecksTab year={year} /></Later> },
              { key: 'calls', label: '电话抽查', children: <Later><CallsTab year={year} /></Later> },
              { key: 'leaders', label: '县级领导包保', children: <Later><LeadersTab year={year} /></Later> },
              { key: 'works', label: '水库三个责任人', children: <Later><WorksTab year={year} /></Later> },
            ]}
          />
        </>
      )}
      {newYearMounted && (
        <Suspense>
          <NewYearDialog
            open={creating}
            overview={o}
            onClose={(y) => {
              setCreating(false);
              if (y) setChosen(y);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
