import { useEffect, useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Popconfirm, Select, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { LEAVE_KINDS, type LeaveView } from '../../../../shared/contract/roster';
import type { Staff } from '../../../../shared/staff/types';
import { diffDays } from '../../../../shared/time/civil';
import { ApiCallError } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';

interface Values {
  staffId: number;
  kind: (typeof LEAVE_KINDS)[number];
  range: [Dayjs, Dayjs];
  note: string;
}

function LeaveForm({ editing, staff, onClose }: { editing: LeaveView | 'new' | null; staff?: Staff[]; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useApiMutation('roster.leave.create');
  const update = useApiMutation('roster.leave.update');
  useEffect(() => {
    if (editing === 'new') form.resetFields();
    else if (editing) form.setFieldsValue({ staffId: editing.staffId, kind: editing.kind as Values['kind'], range: [dayjs(editing.from), dayjs(editing.to)], note: editing.note });
  }, [editing, form]);
  const submit = async () => {
    const v = await form.validateFields();
    const input = { staffId: v.staffId, kind: v.kind, from: v.range[0].format('YYYY-MM-DD'), to: v.range[1].format('YYYY-MM-DD'), note: v.note ?? '' };
    try {
      if (editing && editing !== 'new') await update.mutateAsync({ id: editing.id, ...input });
      else await create.mutateAsync(input);
      void message.success('已保存');
      onClose();
    } catch (e) {
      const field = e instanceof ApiCallError ? e.field : undefined;
      const name = field === 'from' || field === 'to' ? 'range' : field === 'staffId' || field === 'kind' || field === 'note' ? field : undefined;
      if (name) form.setFields([{ name, errors: [(e as Error).message] }]);
      else void message.error((e as Error).message);
    }
  };
  return (
    <Modal
      open={editing !== null}
      title={editing === 'new' ? '登记请假/出差' : '修改请假/出差'}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText="保存"
      cancelText="取消"
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ kind: '请假', note: '' }}>
        <Form.Item label="人员" name="staffId" rules={[{ required: true, message: '请选择人员' }]}>
          <Select aria-label="人员" showSearch={{ optionFilterProp: 'label' }} options={(staff ?? []).map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
          <Select aria-label="类型" options={LEAVE_KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        <Form.Item label="起止日期" name="range" rules={[{ required: true, message: '请选择起止日期' }]}>
          <DatePicker.RangePicker aria-label="起止日期" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 请假/出差登记: the generator skips these people; editing warns about them. */
export function LeaveRegister({ year, staff }: { year: number; staff?: Staff[] }) {
  const { message } = App.useApp();
  const list = useApi('roster.leave.list', { year });
  const remove = useApiMutation('roster.leave.delete');
  const [editing, setEditing] = useState<LeaveView | 'new' | null>(null);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          登记请假/出差
        </Button>
      </Space>
      <Table<LeaveView>
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        aria-label="请假出差登记"
        locale={{ emptyText: `${year}年没有请假、出差登记` }}
        columns={[
          { title: '人员', dataIndex: 'staffName', width: 110 },
          { title: '类型', dataIndex: 'kind', width: 80 },
          { title: '开始', dataIndex: 'from', width: 120 },
          { title: '结束', dataIndex: 'to', width: 120 },
          { title: '天数', key: 'days', width: 70, render: (_: unknown, l) => diffDays(l.to, l.from) + 1 },
          { title: '备注', dataIndex: 'note' },
          {
            title: '操作',
            key: 'ops',
            width: 130,
            render: (_: unknown, l) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(l)}>
                  修改
                </Button>
                <Popconfirm
                  title={`删除${l.staffName}的这条${l.kind}登记？`}
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() => remove.mutate({ id: l.id }, { onSuccess: () => void message.success('已删除'), onError: (e) => void message.error(e.message) })}
                >
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <LeaveForm editing={editing} staff={staff} onClose={() => setEditing(null)} />
    </>
  );
}
