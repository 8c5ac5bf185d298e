import { useState } from 'react';
import { App, Button, Descriptions, Select, Space, Table, Tag } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import type { PersonDuty } from '../../../../shared/contract/roster';
import type { Staff } from '../../../../shared/staff/types';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { downloadText } from '../../api/files';
import { CATEGORY_ZH, SOURCE_COLOR, SOURCE_ZH } from './labels';

/** 个人值班: one person's duties of a year, counts and leave, and their .ics. */
export function PersonDuties({ year, staff }: { year: number; staff?: Staff[] }) {
  const { message } = App.useApp();
  const [staffId, setStaffId] = useState<number | undefined>();
  const person = useApi('roster.person', { staffId: staffId ?? 0, year }, { enabled: staffId !== undefined });
  const exportIcs = async () => {
    if (staffId === undefined) return;
    try {
      const f = await call('roster.exportIcs', { from: `${year}-01-01`, to: `${year}-12-31`, staffId });
      downloadText(f.name, 'text/calendar', f.text);
    } catch (e) {
      void message.error((e as Error).message);
    }
  };
  const p = person.data;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          aria-label="选择人员"
          style={{ width: 240 }}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="选择人员"
          value={staffId}
          onChange={(v: number) => setStaffId(v)}
          options={(staff ?? []).map((s) => ({ value: s.id, label: s.unit ? `${s.name}（${s.unit}）` : s.name }))}
        />
        <Button icon={<CalendarOutlined />} disabled={staffId === undefined} onClick={() => void exportIcs()}>
          导出本人日历（.ics）
        </Button>
      </Space>
      {p && (
        <>
          <Descriptions
            size="small"
            bordered
            column={6}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'n', label: `${year}年值班`, children: `${p.counts.total}次` },
              { key: 'w', label: '工作日', children: p.counts.workday },
              { key: 'e', label: '周末', children: p.counts.weekend },
              { key: 'h', label: '节假日', children: p.counts.holiday },
              { key: 'l', label: '带班', children: p.counts.leader },
              { key: 'a', label: '请假/出差', children: p.leave.map((l) => `${l.kind} ${l.from}至${l.to}`).join('；') || '无' },
            ]}
          />
          <Table<PersonDuty>
            size="small"
            rowKey={(d) => `${d.date}${d.role}`}
            dataSource={p.duties}
            pagination={{ pageSize: 31, hideOnSinglePage: true }}
            aria-label={`${p.name}的值班`}
            locale={{ emptyText: `${p.name}在${year}年没有值班` }}
            columns={[
              { title: '日期', dataIndex: 'date', width: 120 },
              { title: '星期', dataIndex: 'weekday', width: 80 },
              { title: '类型', key: 'c', width: 100, render: (_: unknown, d) => d.holidayName ?? CATEGORY_ZH[d.category] },
              { title: '岗位', dataIndex: 'roleName' },
              { title: '方式', dataIndex: 'source', width: 90, render: (s: PersonDuty['source']) => <Tag color={SOURCE_COLOR[s]}>{SOURCE_ZH[s]}</Tag> },
            ]}
          />
        </>
      )}
    </>
  );
}
