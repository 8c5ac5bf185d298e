import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { RosterConfig, RosterRole } from '../../../../shared/contract/roster';
import type { Staff } from '../../../../shared/staff/types';
import { useApiMutation } from '../../api/hooks';
import { RoleForm } from './RoleForm';

/** 排班设置: rest rule, signers of the printed roster, and the duty roles with people per day type. */
export function RosterSettings({ config, staff }: { config?: RosterConfig; staff?: Staff[] }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RosterConfig['settings']>();
  const update = useApiMutation('roster.updateSettings');
  const remove = useApiMutation('roster.deleteRole');
  const [editing, setEditing] = useState<RosterRole | 'new' | null>(null);
  useEffect(() => {
    if (config) form.setFieldsValue(config.settings);
  }, [config, form]);
  const save = async () => {
    const v = await form.validateFields();
    update.mutate(v, { onSuccess: () => void message.success('已保存排班设置'), onError: (e) => void message.error(e.message) });
  };
  return (
    <>
      <Card title="排班规则与签字栏" style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline">
          <Form.Item label="轮休间隔" name="minRestDays" rules={[{ required: true, message: '请填写' }]} extra="两次值班之间至少休息的整天数">
            <InputNumber min={0} max={14} precision={0} suffix="天" />
          </Form.Item>
          <Form.Item label="制表人" name="preparer">
            <Input maxLength={20} placeholder="空白则留签字横线" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="审核人" name="reviewer">
            <Input maxLength={20} placeholder="空白则留签字横线" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" loading={update.isPending} onClick={() => void save().catch(() => undefined)}>
              保存设置
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card
        title="值班岗位"
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增岗位
          </Button>
        }
      >
        <Table<RosterRole>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={config?.roles ?? []}
          aria-label="值班岗位"
          columns={[
            { title: '岗位', dataIndex: 'name', render: (n: string, r) => (r.builtin ? <Space>{n}<Tag>基本岗位</Tag></Space> : n) },
            { title: '工作日', key: 'w', width: 80, render: (_: unknown, r) => `${r.counts.workday}人` },
            { title: '周末', key: 'e', width: 80, render: (_: unknown, r) => `${r.counts.weekend}人` },
            { title: '节假日', key: 'h', width: 80, render: (_: unknown, r) => `${r.counts.holiday}人` },
            { title: '重要时段', key: 'p', width: 110, render: (_: unknown, r) => (r.followsPeriods ? '按时段人数' : '—') },
            { title: '可担任（在岗）', dataIndex: 'eligible', width: 120, render: (n: number) => `${n}人` },
            {
              title: '操作',
              key: 'ops',
              width: 130,
              render: (_: unknown, r) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(r)}>
                    修改
                  </Button>
                  {!r.builtin && (
                    <Popconfirm
                      title={`删除岗位“${r.name}”？`}
                      okText="删除"
                      cancelText="取消"
                      onConfirm={() => remove.mutate({ key: r.key }, { onSuccess: () => void message.success('已删除'), onError: (e) => void message.error(e.message) })}
                    >
                      <Button type="link" size="small" danger>
                        删除
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <RoleForm role={editing} staff={staff} onClose={() => setEditing(null)} />
    </>
  );
}
