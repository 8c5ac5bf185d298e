import { useEffect } from 'react';
import { App, Checkbox, DatePicker, Form, Input, Modal, Select, Space, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { LOG_CATEGORIES, type LogCategory, type LogEntry } from '../../../../shared/contract/dutylog';
import { civilDateOf, instantAt, timeOfDayOf } from '../../../../shared/time/civil';
import { call, type ApiCallError } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';

interface Values {
  date: Dayjs;
  time: Dayjs;
  category: LogCategory;
  content: string;
  handledBy: string;
  followUp: string;
  open: boolean;
}

/** Office wall-clock → dayjs for the pickers (their local value is only read back as text). */
const wall = (instant: number) => dayjs(`${civilDateOf(instant)}T${timeOfDayOf(instant)}`);

/** Add or edit one 值班日志 entry. The time is entered as office wall-clock time. */
export function LogEntryForm({ open, editing, onClose }: { open: boolean; editing: LogEntry | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const session = useApi('session.get', {});
  const create = useApiMutation('dutylog.create');
  const update = useApiMutation('dutylog.update');
  const operator = session.data?.operator?.name ?? '';

  useEffect(() => {
    if (!open) return;
    if (editing) {
      form.setFieldsValue({ ...editing, date: wall(editing.at), time: wall(editing.at) });
      return;
    }
    form.resetFields();
    form.setFieldsValue({ category: '来电', handledBy: operator, open: false, content: '', followUp: '' });
    void call('system.status', {}).then((s) => form.setFieldsValue({ date: wall(s.now), time: wall(s.now) }));
  }, [open, editing, form, operator]);

  const onFinish = (v: Values) => {
    const input = {
      at: instantAt(v.date.format('YYYY-MM-DD'), v.time.format('HH:mm')),
      category: v.category,
      content: v.content,
      handledBy: v.handledBy ?? '',
      followUp: v.followUp ?? '',
      open: v.open ?? false,
    };
    const handlers = {
      onSuccess: () => {
        void message.success(editing ? '日志已修改' : '日志已记录');
        onClose();
      },
      onError: (e: ApiCallError) => {
        if (e.field === 'at') form.setFields([{ name: 'time', errors: [e.message] }]);
        else if (e.field) form.setFields([{ name: e.field as keyof Values, errors: [e.message] }]);
        else void message.error(e.message);
      },
    };
    if (editing) update.mutate({ id: editing.id, ...input }, handlers);
    else create.mutate(input, handlers);
  };

  return (
    <Modal
      open={open}
      title={editing ? '修改值班日志' : '新增值班日志'}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      forceRender
      width={620}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Space align="start" wrap>
          <Form.Item label="日期" name="date" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item label="时间" name="time" rules={[{ required: true, message: '请填写时间' }]}>
            <TimePicker format="HH:mm" allowClear={false} needConfirm={false} />
          </Form.Item>
          <Form.Item label="类型" name="category" rules={[{ required: true, message: '请选择类型' }]}>
            <Select style={{ width: 140 }} options={LOG_CATEGORIES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Space>
        <Form.Item label="内容" name="content" rules={[{ required: true, whitespace: true, message: '请填写内容' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} placeholder="来电/来文的单位、人员、事由，突发事件的时间、地点、情况等" />
        </Form.Item>
        <Form.Item label="处理人" name="handledBy">
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label="后续跟进" name="followUp">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder="已报告带班领导、已转相关科室、待回复等" />
        </Form.Item>
        <Form.Item name="open" valuePropName="checked">
          <Checkbox>未办结（交接班时移交下一班）</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
