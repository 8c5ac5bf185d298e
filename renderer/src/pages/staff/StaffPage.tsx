import { useMemo, useState } from 'react';
import { App, Button, Checkbox, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Staff } from '../../../../shared/staff/types';
import { useApi, useApiMutation } from '../../api/hooks';
import { StaffForm } from './StaffForm';

export function StaffPage() {
  const { message } = App.useApp();
  const [showInactive, setShowInactive] = useState(false);
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Staff | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const staff = useApi('staff.list', { includeInactive: showInactive });
  const setActive = useApiMutation('staff.setActive');
  const rows = useMemo(() => {
    const t = q.trim();
    const all = staff.data ?? [];
    return t ? all.filter((s) => s.name.includes(t) || s.unit.includes(t) || s.phones.some((p) => p.includes(t))) : all;
  }, [staff.data, q]);

  const toggle = (s: Staff) =>
    setActive.mutate(
      { id: s.id, active: !s.active },
      { onSuccess: (r) => void message.success(`${r.active ? '已启用' : '已停用'} ${r.name}`), onError: (e) => void message.error(e.message) },
    );

  return (
    <>
      <h1 className="page-title">人员</h1>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            setEditing(null);
            setFormOpen(true);
          }}
        >
          新增人员
        </Button>
        <Input.Search placeholder="按姓名、单位或电话查找" allowClear value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 260 }} />
        <Checkbox checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)}>
          显示已停用
        </Checkbox>
      </Space>
      <Table<Staff>
        rowKey="id"
        size="middle"
        loading={staff.isPending}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有人员，请点“新增人员”' }}
        rowClassName={(s) => (s.active ? '' : 'row-inactive')}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 110 },
          { title: '单位/科室', dataIndex: 'unit' },
          { title: '职务', dataIndex: 'position', width: 120 },
          { title: '联系电话', dataIndex: 'phones', render: (p: string[]) => p.join('、') },
          {
            title: '可担任',
            width: 170,
            render: (_: unknown, s) => (
              <>
                {s.canLead && <Tag color="red">带班领导</Tag>}
                {s.canDuty && <Tag color="blue">值班员</Tag>}
              </>
            ),
          },
          { title: '状态', dataIndex: 'active', width: 80, render: (a: boolean) => (a ? <Tag color="green">在用</Tag> : <Tag>已停用</Tag>) },
          {
            title: '操作',
            width: 140,
            render: (_: unknown, s) => (
              <Space>
                <Button
                  size="small"
                  onClick={() => {
                    setEditing(s);
                    setFormOpen(true);
                  }}
                >
                  编辑
                </Button>
                <Popconfirm
                  title={s.active ? `停用 ${s.name}？` : `启用 ${s.name}？`}
                  description={s.active ? '停用后不再参与排班，历史记录保留，可随时重新启用。' : undefined}
                  okText={s.active ? '停用' : '启用'}
                  cancelText="取消"
                  onConfirm={() => toggle(s)}
                >
                  <Button size="small" danger={s.active}>
                    {s.active ? '停用' : '启用'}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <StaffForm open={formOpen} editing={editing} onClose={() => setFormOpen(false)} />
    </>
  );
}
