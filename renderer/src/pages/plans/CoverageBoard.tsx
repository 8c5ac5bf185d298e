import { useState } from 'react';
import { Segmented, Space, Table, Tag, Typography } from 'antd';
import { LEVEL_LABELS, STATUS_LABELS, STATUS_SEVERITY, type CoverageRow, type PlanLevel } from '../../../../shared/plans/index';
import { useApi } from '../../api/hooks';
import { StatusTag, STATUS_COLORS } from './ui';

type LevelChoice = PlanLevel | 'all';

/** 乡镇覆盖: for each township (or village, unit) whether its plan is current, being revised, overdue or filed. */
export function CoverageBoard({ onOpen }: { onOpen: (planId: number) => void }) {
  const [level, setLevel] = useState<LevelChoice>('township');
  const board = useApi('plans.coverage', {});
  const rows = (board.data?.rows ?? []).filter((r) => level === 'all' || r.level === level);
  const totals = STATUS_SEVERITY.map((s) => ({ s, n: rows.filter((r) => r.status === s).length })).filter((x) => x.n > 0);
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented<LevelChoice>
          value={level}
          onChange={setLevel}
          options={[
            { value: 'township', label: '乡镇' },
            { value: 'village', label: '村' },
            { value: 'enterprise', label: '企业' },
            { value: 'city', label: '市级部门' },
            { value: 'all', label: '全部' },
          ]}
        />
        <Typography.Text type="secondary">
          共 {rows.length} 个单位{totals.length ? '：' : ''}
          {totals.map((t) => `${STATUS_LABELS[t.s]} ${t.n}`).join('，')}
        </Typography.Text>
      </Space>
      <Table<CoverageRow>
        size="middle"
        rowKey="unit"
        loading={board.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '该层级还没有登记预案' }}
        columns={[
          { title: '单位', dataIndex: 'unit' },
          { title: '层级', dataIndex: 'level', width: 70, render: (l: PlanLevel) => LEVEL_LABELS[l] },
          { title: '情况', dataIndex: 'status', width: 100, render: (s: CoverageRow['status']) => <StatusTag status={s} /> },
          {
            title: '预案',
            key: 'plans',
            render: (_: unknown, r) => (
              <Space wrap size={4}>
                {r.plans.map((p) => (
                  <Tag key={p.id} color={STATUS_COLORS[p.status]} className="clickable" onClick={() => onOpen(p.id)}>
                    {p.name}（{STATUS_LABELS[p.status]}）
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
