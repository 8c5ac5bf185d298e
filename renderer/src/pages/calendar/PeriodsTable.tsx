import { useState, type ReactNode } from 'react';
import { App, Button, Card, Dropdown, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import type { PeriodView } from '../../../../shared/contract/calendar';
import { floodSeasonPresets } from '../../../../shared/calendar/periods';
import { diffDays } from '../../../../shared/time/civil';
import { useApiMutation } from '../../api/hooks';
import { dateSpan, PERIOD_KIND_COLOR, PERIOD_KIND_ZH } from './labels';
import { PeriodForm, type PeriodDraft } from './PeriodForm';

const blank = (year: number): PeriodDraft => ({
  id: null,
  name: '',
  kind: 'important',
  from: `${year}-03-01`,
  to: `${year}-03-10`,
  zeroReport: true,
  dutyOfficers: 2,
  note: '',
});

const draftOf = (p: PeriodView): PeriodDraft => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  from: p.from,
  to: p.to,
  zeroReport: p.zeroReport,
  dutyOfficers: p.dutyOfficers,
  note: p.note,
});

const ORIGIN_TAG: Record<PeriodView['origin'], ReactNode> = {
  auto: <Tag>按放假安排</Tag>,
  adjusted: <Tag color="cyan">已调整</Tag>,
  entered: null,
};

/** 重要时段: holidays (automatic, adjustable) and the periods entered here. */
export function PeriodsTable({ year, periods, loading }: { year: number; periods: PeriodView[]; loading: boolean }) {
  const { message } = App.useApp();
  const [form, setForm] = useState<{ draft: PeriodDraft; title: string } | null>(null);
  const remove = useApiMutation('calendar.periods.delete');
  const presets = floodSeasonPresets(year);

  const del = (p: PeriodView) =>
    remove.mutate(
      { id: p.id! },
      { onSuccess: () => void message.success(p.origin === 'adjusted' ? `${p.name}已恢复默认` : `已删除 ${p.name}`), onError: (e) => void message.error(e.message) },
    );

  return (
    <Card
      title="重要时段"
      role="region"
      aria-label="重要时段"
      extra={
        <Space>
          <Dropdown
            menu={{
              items: presets.map((p, i) => ({ key: String(i), label: `${p.name}（${dateSpan(p.from, p.to)}）` })),
              onClick: ({ key }) => {
                const p = presets[Number(key)]!;
                setForm({ draft: { id: null, name: p.name, kind: p.kind, from: p.from, to: p.to, zeroReport: p.zeroReport, dutyOfficers: p.dutyOfficers, note: p.note ?? '' }, title: '新增重要时段' });
              },
            }}
          >
            <Button>
              汛期预设 <DownOutlined />
            </Button>
          </Dropdown>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ draft: blank(year), title: '新增重要时段' })}>
            新增重要时段
          </Button>
        </Space>
      }
    >
      <Table<PeriodView>
        rowKey="key"
        size="middle"
        loading={loading}
        dataSource={periods}
        pagination={false}
        locale={{ emptyText: '本年没有重要时段' }}
        columns={[
          {
            title: '名称',
            dataIndex: 'name',
            render: (n: string, p) => (
              <Space size={4} wrap>
                <span>{n}</span>
                {ORIGIN_TAG[p.origin]}
                {p.estimated && <Tag color="orange">预估</Tag>}
              </Space>
            ),
          },
          { title: '类别', dataIndex: 'kind', width: 100, render: (k: PeriodView['kind']) => <Tag color={PERIOD_KIND_COLOR[k]}>{PERIOD_KIND_ZH[k]}</Tag> },
          { title: '起止', width: 220, render: (_: unknown, p) => `${dateSpan(p.from, p.to)}（${diffDays(p.to, p.from) + 1}天）` },
          { title: '零报告', dataIndex: 'zeroReport', width: 90, render: (z: boolean) => (z ? <Tag color="red">每日零报告</Tag> : <Typography.Text type="secondary">否</Typography.Text>) },
          { title: '每日值班员', dataIndex: 'dutyOfficers', width: 110, render: (n: number) => (n === 2 ? '2人（双岗）' : `${n}人`) },
          { title: '备注', dataIndex: 'note', ellipsis: true },
          {
            title: '操作',
            width: 150,
            render: (_: unknown, p) =>
              p.origin === 'auto' ? (
                <Button size="small" onClick={() => setForm({ draft: draftOf(p), title: `调整 ${p.name}` })}>
                  调整
                </Button>
              ) : (
                <Space>
                  <Button size="small" onClick={() => setForm({ draft: draftOf(p), title: `编辑 ${p.name}` })}>
                    编辑
                  </Button>
                  <Popconfirm
                    title={p.origin === 'adjusted' ? `${p.name}恢复默认？` : `删除 ${p.name}？`}
                    description={p.origin === 'adjusted' ? '恢复为每日零报告、双岗值班。' : '删除后不再按此时段安排值班和零报告。'}
                    okText={p.origin === 'adjusted' ? '恢复默认' : '删除'}
                    cancelText="取消"
                    onConfirm={() => del(p)}
                  >
                    <Button size="small" danger>
                      {p.origin === 'adjusted' ? '恢复默认' : '删除'}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      <PeriodForm draft={form?.draft ?? null} title={form?.title ?? ''} onClose={() => setForm(null)} />
    </Card>
  );
}
