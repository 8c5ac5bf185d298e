import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Button, Input, Select, Space, Table, Typography } from 'antd';
import { FileExcelOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { CATEGORY_LABELS, LEVEL_LABELS, DRILL_KIND_LABELS, filterRegister, filingText, versionText, type RegisterFilter } from '../../../../shared/plans/index';
import type { PlanRegister, PlanRow } from '../../../../shared/contract/plans';
import { call } from '../../api/client';
import { saveBase64 } from './files';
import { filterToSearch } from './filter-url';
import { PlanForm } from './PlanForm';
import { CATEGORY_OPTIONS, LEVEL_OPTIONS, STATUS_OPTIONS, StatusTag } from './ui';

interface Props {
  register: PlanRegister | undefined;
  loading: boolean;
  filter: RegisterFilter;
  onFilter: (f: RegisterFilter) => void;
  onOpen: (planId: number) => void;
}

const byDate = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');

/** The 台账 table with search, filters, sorting, print and Excel export. */
export function PlanRegisterTable({ register, loading, filter, onFilter, onOpen }: Props) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [formOpen, setFormOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const rows = useMemo(() => filterRegister(register?.rows ?? [], filter), [register, filter]);

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const f = await call('plans.exportXlsx', { filter });
      saveBase64(f.fileName, f.mime, f.dataBase64);
      void message.success(`已导出 ${f.fileName}`);
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormOpen(true)}>
          新增预案
        </Button>
        <Input.Search
          placeholder="按名称、单位、审批机关或文号查找"
          aria-label="查找预案"
          allowClear
          value={filter.q ?? ''}
          onChange={(e) => onFilter({ ...filter, q: e.target.value })}
          style={{ width: 280 }}
        />
        <Select mode="multiple" allowClear placeholder="类别" aria-label="按类别筛选" style={{ minWidth: 140 }} options={CATEGORY_OPTIONS} value={filter.categories ?? []} onChange={(v) => onFilter({ ...filter, categories: v })} />
        <Select mode="multiple" allowClear placeholder="层级" aria-label="按层级筛选" style={{ minWidth: 120 }} options={LEVEL_OPTIONS} value={filter.levels ?? []} onChange={(v) => onFilter({ ...filter, levels: v })} />
        <Select mode="multiple" allowClear placeholder="状态" aria-label="按状态筛选" style={{ minWidth: 130 }} options={STATUS_OPTIONS} value={filter.statuses ?? []} onChange={(v) => onFilter({ ...filter, statuses: v })} />
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/plans/print${filterToSearch(filter)}`)}>
          打印台账
        </Button>
        <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
          导出Excel
        </Button>
        <Typography.Text type="secondary">共 {rows.length} 项</Typography.Text>
      </Space>
      <Table<PlanRow>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1560 }}
        locale={{ emptyText: '还没有预案，请点“新增预案”' }}
        onRow={(r) => ({ onDoubleClick: () => onOpen(r.id) })}
        columns={[
          {
            title: '预案名称',
            dataIndex: 'name',
            width: 230,
            fixed: 'start',
            sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
            render: (name: string, r) => (
              <Typography.Link onClick={() => onOpen(r.id)}>{name}</Typography.Link>
            ),
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            fixed: 'start',
            sorter: (a, b) => STATUS_OPTIONS.findIndex((o) => o.value === a.status) - STATUS_OPTIONS.findIndex((o) => o.value === b.status),
            render: (s: PlanRow['status']) => <StatusTag status={s} />,
          },
          { title: '类别', dataIndex: 'category', width: 120, render: (c: PlanRow['category']) => CATEGORY_LABELS[c] },
          { title: '层级', dataIndex: 'level', width: 64, render: (l: PlanRow['level']) => LEVEL_LABELS[l] },
          { title: '编制单位', dataIndex: 'unit', width: 170, sorter: (a, b) => a.unit.localeCompare(b.unit, 'zh-CN') },
          { title: '审批机关', dataIndex: 'approver', width: 150, render: (a: string) => a || '—' },
          { title: '文号', dataIndex: 'docNo', width: 150, render: (d: string) => d || '—' },
          { title: '印发日期', dataIndex: 'issued', width: 110, sorter: (a, b) => byDate(a.issued, b.issued), render: (d: string | null) => d ?? '—' },
          { title: '现行版本', key: 'version', width: 170, render: (_: unknown, r) => <span className="pre-line">{versionText(r)}</span> },
          { title: '备案', key: 'filing', width: 170, render: (_: unknown, r) => <span className="pre-line">{filingText(r)}</span> },
          {
            title: '最近演练',
            key: 'drill',
            width: 120,
            sorter: (a, b) => byDate(a.lastDrill?.date ?? null, b.lastDrill?.date ?? null),
            render: (_: unknown, r) => (r.lastDrill ? `${r.lastDrill.date} ${DRILL_KIND_LABELS[r.lastDrill.kind]}` : '未演练'),
          },
        ]}
      />
      <PlanForm open={formOpen} editing={null} today={register?.today} onClose={() => setFormOpen(false)} onSaved={(id) => onOpen(id)} />
    </>
  );
}
