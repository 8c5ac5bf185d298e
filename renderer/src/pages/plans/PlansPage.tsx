import { useState } from 'react';
import { Route, Routes } from 'react-router';
import type { RegisterFilter } from '../../../../shared/plans/index';
import { useApi } from '../../api/hooks';
import { PlansLedgerPrint } from '../../print/plans-ledger';
import { PlanRegisterTable } from './PlanRegisterTable';
import { OverdueBoard } from './OverdueBoard';
import { CoverageBoard } from './CoverageBoard';
import { CyclesSettings } from './CyclesSettings';
import { PlanDetailDrawer } from './PlanDetailDrawer';
import { PageTabs } from '../../components/PageTabs';
import './plans.css';

/** 预案台账: the register, the overdue board, township coverage and the deadline settings; /plans/print is the A4 台账. */
export function PlansPage() {
  return (
    <Routes>
      <Route index element={<PlansHome />} />
      <Route path="print" element={<PlansLedgerPrint />} />
    </Routes>
  );
}

function PlansHome() {
  const [filter, setFilter] = useState<RegisterFilter>({});
  const [openId, setOpenId] = useState<number | null>(null);
  const [tab, setTab] = useState('register');
  const register = useApi('plans.list', {});
  return (
    <>
      <h1 className="page-title">预案台账</h1>
      <OverdueBoard onOpen={setOpenId} />
      <PageTabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'register',
            label: '台账',
            children: <PlanRegisterTable register={register.data} loading={register.isPending} filter={filter} onFilter={setFilter} onOpen={setOpenId} />,
          },
          { key: 'coverage', label: '乡镇覆盖', children: <CoverageBoard onOpen={setOpenId} /> },
          { key: 'cycles', label: '期限设置', children: <CyclesSettings /> },
        ]}
      />
      <PlanDetailDrawer planId={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
