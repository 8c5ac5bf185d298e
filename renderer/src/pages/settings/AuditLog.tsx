import { useState } from 'react';
import { Input, Select, Space, Table, Typography } from 'antd';
import type { AuditEntry } from '../../../../shared/audit/types';
import { ACTION_LABELS, ENTITY_LABELS } from '../../../../shared/audit/types';
import { auditDiff, type DiffRow } from '../../../../shared/audit/diff';
import { formatInstant } from '../../../../shared/time/civil';
import { useApi } from '../../api/hooks';

function Change({ e }: { e: AuditEntry }) {
  const rows = auditDiff(e.before, e.after);
  if (rows.length === 0) return <Typography.Text type="secondary">无字段变化</Typography.Text>;
  return (
    <Table<DiffRow>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      rowClassName={(r) => (r.changed ? 'diff-changed' : '')}
      columns={[
        { title: '字段', dataIndex: 'label', width: 140 },
        { title: '修改前', dataIndex: 'before' },
        { title: '修改后', dataIndex: 'after' },
      ]}
    />
  );
}

/** Who changed what, when — with the before/after of each change. */
export function AuditLog() {
  const [entity, setEntity] = useState<string | undefined>();
  const [operatorId, setOperatorId] = useState<number | undefined>();
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const staff = useApi('staff.list', { includeInactive: true });
  const audit = useApi('audit.list', { entity, operatorId, text: text || undefined, limit: pageSize, offset: (page - 1) * pageSize });
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          aria-label="对象"
          allowClear
          placeholder="全部对象"
          style={{ width: 140 }}
          value={entity}
          onChange={(v) => (setEntity(v), setPage(1))}
          options={Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <Select
          aria-label="操作员"
          allowClear
          placeholder="全部操作员"
          style={{ width: 160 }}
          value={operatorId}
          onChange={(v) => (setOperatorId(v), setPage(1))}
          options={(staff.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
        <Input.Search placeholder="搜索内容" allowClear onSearch={(v) => (setText(v), setPage(1))} style={{ width: 240 }} />
      </Space>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={audit.isPending}
        dataSource={audit.data?.rows ?? []}
        expandable={{ expandedRowRender: (e) => <Change e={e} />, rowExpandable: (e) => e.before !== null || e.after !== null }}
        pagination={{ current: page, pageSize, total: audit.data?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 条`, showSizeChanger: false }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 160, render: (v: number) => formatInstant(v) },
          { title: '操作员', dataIndex: 'operatorName', width: 110 },
          { title: '对象', dataIndex: 'entity', width: 90, render: (v: string) => ENTITY_LABELS[v] ?? v },
          { title: '操作', dataIndex: 'action', width: 110, render: (v: AuditEntry['action']) => ACTION_LABELS[v] ?? v },
          { title: '内容', dataIndex: 'summary' },
        ]}
      />
    </>
  );
}
