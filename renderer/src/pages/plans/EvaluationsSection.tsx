import { useEffect, useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Popconfirm, Radio, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { CONCLUSION_LABELS, type EvaluationConclusion } from '../../../../shared/plans/index';
import type { Evaluation, PlanDetail } from '../../../../shared/contract/plans';
import { useApiMutation } from '../../api/hooks';
import { ApiCallError } from '../../api/client';

interface Values {
  date: Dayjs | null;
  who: string;
  conclusion: EvaluationConclusion;
  notes: string;
}

/** 定期评估 of the version in force; the next one is due a cycle after the latest. */
export function EvaluationsSection({ detail }: { detail: PlanDetail }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const add = useApiMutation('plans.evaluations.add');
  const remove = useApiMutation('plans.evaluations.remove');

  useEffect(() => {
    if (open) form.setFieldsValue({ date: dayjs(detail.today), who: '', conclusion: 'keep', notes: '' });
  }, [open, form, detail.today]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await add.mutateAsync({ planId: detail.plan.id, date: v.date ? v.date.format('YYYY-MM-DD') : '', who: v.who ?? '', conclusion: v.conclusion, notes: v.notes ?? '' });
      void message.success('已登记评估');
      setOpen(false);
    } catch (e) {
      if (e instanceof ApiCallError && e.field && ['date', 'who', 'conclusion', 'notes'].includes(e.field)) form.setFields([{ name: e.field as keyof Values, errors: [e.message] }]);
      else void message.error((e as Error).message);
    }
  };

  return (
    <section aria-label="定期评估">
      <h3 className="plan-section">
        定期评估
        <Button
          size="small"
          icon={<PlusOutlined />}
          disabled={!detail.plan.current}
          onClick={() => setOpen(true)}
        >
          登记评估
        </Button>
      </h3>
      <Table<Evaluation>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={detail.evaluations}
        locale={{ emptyText: '尚无评估记录' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '版本', dataIndex: 'versionSeq', width: 70, render: (s: number | null) => (s ? `第${s}版` : '—') },
          { title: '评估人', dataIndex: 'who', width: 150 },
          { title: '结论', dataIndex: 'conclusion', width: 100, render: (c: EvaluationConclusion) => <Tag color={c === 'revise' ? 'orange' : 'green'}>{CONCLUSION_LABELS[c]}</Tag> },
          { title: '评估意见', dataIndex: 'notes' },
          {
            title: '',
            key: 'op',
            width: 60,
            render: (_: unknown, e) => (
              <Popconfirm title="删除这条评估记录？" okText="删除" cancelText="取消" onConfirm={() => remove.mutate({ evaluationId: e.id }, { onError: (er) => void message.error(er.message) })}>
                <Button size="small" type="link" danger>
                  删除
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Modal open={open} title="登记定期评估" onCancel={() => setOpen(false)} onOk={() => void submit().catch(() => undefined)} okText="保存" cancelText="取消" confirmLoading={add.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" requiredMark>
          <Form.Item label="评估日期" name="date" rules={[{ required: true, message: '请选择评估日期' }]}>
            <DatePicker style={{ width: '100%' }} placeholder="评估日期" disabledDate={(d) => d.isAfter(dayjs(detail.today), 'day')} />
          </Form.Item>
          <Form.Item label="评估人" name="who">
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label="结论" name="conclusion">
            <Radio.Group options={(['keep', 'revise'] as const).map((c) => ({ value: c, label: CONCLUSION_LABELS[c] }))} />
          </Form.Item>
          <Form.Item label="评估意见" name="notes">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
