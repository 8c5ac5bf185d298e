import { useEffect, useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Popconfirm, Radio, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { DRILL_KIND_LABELS, type DrillKind } from '../../../../shared/plans/index';
import type { Drill, PlanDetail } from '../../../../shared/contract/plans';
import { useApiMutation } from '../../api/hooks';
import { ApiCallError } from '../../api/client';

interface Values {
  date: Dayjs | null;
  kind: DrillKind;
  participants: string;
  findings: string;
}

/** 演练: date, 桌面推演 / 实战演练, participants, findings. */
export function DrillsSection({ detail }: { detail: PlanDetail }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const add = useApiMutation('plans.drills.add');
  const remove = useApiMutation('plans.drills.remove');

  useEffect(() => {
    if (open) form.setFieldsValue({ date: dayjs(detail.today), kind: 'tabletop', participants: '', findings: '' });
  }, [open, form, detail.today]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await add.mutateAsync({ planId: detail.plan.id, date: v.date ? v.date.format('YYYY-MM-DD') : '', kind: v.kind, participants: v.participants ?? '', findings: v.findings ?? '' });
      void message.success('已登记演练');
      setOpen(false);
    } catch (e) {
      if (e instanceof ApiCallError && e.field && ['date', 'kind', 'participants', 'findings'].includes(e.field)) form.setFields([{ name: e.field as keyof Values, errors: [e.message] }]);
      else void message.error((e as Error).message);
    }
  };

  return (
    <section aria-label="演练记录">
      <h3 className="plan-section">
        演练记录
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => setOpen(true)}
        >
          登记演练
        </Button>
      </h3>
      <Table<Drill>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={detail.drills}
        locale={{ emptyText: '尚无演练记录' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '形式', dataIndex: 'kind', width: 90, render: (k: DrillKind) => DRILL_KIND_LABELS[k] },
          { title: '参演单位和人员', dataIndex: 'participants' },
          { title: '发现的问题', dataIndex: 'findings' },
          {
            title: '',
            key: 'op',
            width: 60,
            render: (_: unknown, d) => (
              <Popconfirm title="删除这条演练记录？" okText="删除" cancelText="取消" onConfirm={() => remove.mutate({ drillId: d.id }, { onError: (e) => void message.error(e.message) })}>
                <Button size="small" type="link" danger>
                  删除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Modal open={open} title="登记演练" onCancel={() => setOpen(false)} onOk={() => void submit().catch(() => undefined)} okText="保存" cancelText="取消" confirmLoading={add.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" requiredMark>
          <Form.Item label="演练日期" name="date" rules={[{ required: true, message: '请选择演练日期' }]}>
            <DatePicker style={{ width: '100%' }} placeholder="演练日期" disabledDate={(d) => d.isAfter(dayjs(detail.today), 'day')} />
          </Form.Item>
          <Form.Item label="形式" name="kind">
            <Radio.Group options={(['tabletop', 'field'] as const).map((k) => ({ value: k, label: DRILL_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item label="参演单位和人员" name="participants">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item label="发现的问题" name="findings">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
