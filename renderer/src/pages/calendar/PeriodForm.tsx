import { useEffect } from 'react';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PeriodView } from '../../../../shared/contract/calendar';
import { useApiMutation } from '../../api/hooks';
import { ApiCallError } from '../../api/client';
import { PERIOD_KIND_ZH } from './labels';

/** What the form starts from: a stored period to edit (id), or a draft (preset, holiday to adjust, blank). */
export type PeriodDraft = Omit<PeriodView, 'key' | 'origin' | 'estimated'>;

interface Values {
  name: string;
  kind: PeriodView['kind'];
  from: Dayjs | null;
  to: Dayjs | null;
  zeroReport: boolean;
  dutyOfficers: number;
  note: string;
}

const toValues = (d: PeriodDraft): Values => ({
  name: d.name,
  kind: d.kind,
  from: d.from ? dayjs(d.from) : null,
  to: d.to ? dayjs(d.to) : null,
  zeroReport: d.zeroReport,
  dutyOfficers: d.dutyOfficers,
  note: d.note,
});

/** Add or edit an important period (重要时段). */
export function PeriodForm({ draft, title, onClose }: { draft: PeriodDraft | null; title: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useApiMutation('calendar.periods.create');
  const update = useApiMutation('calendar.periods.update');
  useEffect(() => {
    if (draft) form.setFieldsValue(toValues(draft));
  }, [draft, form]);

  const submit = async () => {
    const v = await form.validateFields();
    const input = {
      name: v.name.trim(),
      kind: v.kind,
      from: v.from!.format('YYYY-MM-DD'),
      to: v.to!.format('YYYY-MM-DD'),
      zeroReport: v.zeroReport,
      dutyOfficers: v.dutyOfficers,
      note: v.note ?? '',
    };
    try {
      if (draft?.id) await update.mutateAsync({ id: draft.id, ...input });
      else await create.mutateAsync(input);
      void message.success(`已保存重要时段：${input.name}`);
      onClose();
    } catch (e) {
      if (e instanceof ApiCallError && e.field && ['name', 'from', 'to', 'dutyOfficers', 'note'].includes(e.field)) {
        form.setFields([{ name: e.field as keyof Values, errors: [e.message] }]);
      } else void message.error((e as Error).message);
    }
  };

  return (
    <Modal
      open={draft !== null}
      title={title}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText="保存"
      cancelText="取消"
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item label="时段名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写时段名称' }, { max: 30, message: '时段名称最多30个字' }]}>
          <Input maxLength={30} placeholder="如 全国两会、汛期" />
        </Form.Item>
        <Form.Item label="类别" name="kind" rules={[{ required: true, message: '请选择类别' }]}>
          <Select
            aria-label="类别"
            options={(Object.keys(PERIOD_KIND_ZH) as PeriodView['kind'][]).map((k) => ({ value: k, label: PERIOD_KIND_ZH[k] }))}
          />
        </Form.Item>
        <Space.Compact block>
          <Form.Item label="开始日期" name="from" style={{ flex: 1, marginRight: 12 }} rules={[{ required: true, message: '请选择开始日期' }]}>
            <DatePicker style={{ width: '100%' }} placeholder="开始日期" />
          </Form.Item>
          <Form.Item
            label="结束日期"
            name="to"
            style={{ flex: 1 }}
            dependencies={['from']}
            rules={[
              { required: true, message: '请选择结束日期' },
              ({ getFieldValue }) => ({
                validator: async (_r, v: Dayjs | null) => {
                  const from = getFieldValue('from') as Dayjs | null;
                  if (v && from && v.isBefore(from, 'day')) throw new Error('结束日期不能早于开始日期');
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} placeholder="结束日期" />
          </Form.Item>
        </Space.Compact>
        <Space size={32} align="start">
          <Form.Item label="每日零报告" name="zeroReport" valuePropName="checked" extra="各乡镇、成员单位每天报告，无事报平安">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
          <Form.Item label="每日值班员" name="dutyOfficers" rules={[{ required: true, message: '请填写人数' }]} extra="2人即双岗">
            <InputNumber min={1} max={20} precision={0} suffix="人" style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <Form.Item label="备注" name="note">
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
