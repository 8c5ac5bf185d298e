import { useState } from 'react';
import { App, Button, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { UNIT_KINDS, type ReportUnit } from '../../../../shared/contract/reports';
import { useApi, useApiMutation } from '../../api/hooks';
import type { ApiCallError } from '../../api/client';

type Values = Pick<ReportUnit, 'name' | 'kind' | 'phone'>;

function UnitForm({ editing, onClose }: { editing: ReportUnit | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('reports.saveUnit');
  const onFinish = (v: Values) =>
    save.mutate(
      { ...(editing ? { id: editing.id } : {}), name: v.name, kind: v.kind, phone: v.phone ?? '' },
      {
        onSuccess: () => {
          void message.success('报送单位已保存');
          onClose();
        },
        onError: (e: ApiCallError) => {
          if (e.field) form.setFields([{ name: e.field as keyof Values, errors: [e.message] }]);
          else void message.error(e.message);
        },
      },
    );
  return (
    <Modal open title={editing ? '修改报送单位' : '新增报送单位'} okText="保存" cancelText="取消" onOk={() => form.submit()} onCancel={onClose} confirmLoading={save.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={editing ?? { kind: '乡镇/街道', phone: '' }}>
        <Form.Item label="单位名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写单位名称' }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label="类别" name="kind">
          <Select options={UNIT_KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        <Form.Item label="值班电话" name="phone" extra="用于未报时电话催报">
          <Input maxLength={40} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 设置 → 报送单位: the 乡镇/街道 and 成员单位 that send zero reports. */
export function ReportUnitsEditor() {
  const { message } = App.useApp();
  const [showInactive, setShowInactive] = useState(false);
  const units = useApi('reports.units', { includeInactive: showInactive });
  const setActive = useApiMutation('reports.setUnitActive');
  const [editing, setEditing] = useState<ReportUnit | null | 'new'>(null);
  return (
    <>
      <Typography.Paragraph type="secondary">节假日和重要时段每天报送零报告的单位，零报告登记表按此名单逐一核对。</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增报送单位
        </Button>
        <Checkbox checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)}>
          显示已停用
        </Checkbox>
      </Space>
      <Table<ReportUnit>
        size="small"
        rowKey="id"
        loading={units.isPending}
        dataSource={units.data ?? []}
        pagination={false}
        locale={{ emptyText: '还没有报送单位' }}
        rowClassName={(u) => (u.active ? '' : 'row-inactive')}
        columns={[
          { title: '单位名称', dataIndex: 'name' },
          { title: '类别', dataIndex: 'kind', width: 120 },
          { title: '值班电话', dataIndex: 'phone', width: 160 },
          { title: '状态', dataIndex: 'active', width: 80, render: (a: boolean) => (a ? <Tag color="green">在用</Tag> : <Tag>已停用</Tag>) },
          {
            title: '操作',
            width: 140,
            render: (_: unknown, u) => (
              <Space>
                <Button size="small" onClick={() => setEditing(u)}>
                  修改
                </Button>
                <Popconfirm
                  title={u.active ? `停用 ${u.name}？` : `启用 ${u.name}？`}
                  okText={u.active ? '停用' : '启用'}
                  cancelText="取消"
                  onConfirm={() => setActive.mutate({ id: u.id, active: !u.active }, { onError: (e) => void message.error(e.message) })}
                >
                  <Button size="small" danger={u.active}>
                    {u.active ? '停用' : '启用'}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <UnitForm editing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
