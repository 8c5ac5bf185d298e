import { useEffect } from 'react';
import { App, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import type { RosterRole } from '../../../../shared/contract/roster';
import type { Staff } from '../../../../shared/staff/types';
import { ApiCallError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';

interface Values {
  name: string;
  leader: boolean;
  followsPeriods: boolean;
  workday: number;
  weekend: number;
  holiday: number;
  staffIds: number[];
}

/** Add or edit a duty role: its name, people per day type and (custom roles) who can serve it. */
export function RoleForm({ role, staff, onClose }: { role: RosterRole | 'new' | null; staff?: Staff[]; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('roster.saveRole');
  const builtin = role !== null && role !== 'new' && role.builtin;
  useEffect(() => {
    if (role === 'new') form.setFieldsValue({ name: '', leader: false, followsPeriods: false, workday: 1, weekend: 1, holiday: 1, staffIds: [] });
    else if (role) form.setFieldsValue({ name: role.name, leader: role.leader, followsPeriods: role.followsPeriods, ...role.counts, staffIds: role.staffIds });
  }, [role, form]);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({
        ...(role && role !== 'new' ? { key: role.key } : {}),
        name: v.name.trim(),
        leader: v.leader,
        followsPeriods: v.followsPeriods,
        counts: { workday: v.workday, weekend: v.weekend, holiday: v.holiday },
        staffIds: v.staffIds ?? [],
      });
      void message.success(`已保存岗位：${v.name.trim()}`);
      onClose();
    } catch (e) {
      if (e instanceof ApiCallError && e.field === 'name') form.setFields([{ name: 'name', errors: [e.message] }]);
      else void message.error((e as Error).message);
    }
  };
  return (
    <Modal
      open={role !== null}
      title={role === 'new' ? '新增值班岗位' : '修改值班岗位'}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item label="岗位名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写岗位名称' }, { max: 12, message: '岗位名称最多12个字' }]}>
          <Input placeholder="如 驾驶员、技术保障" />
        </Form.Item>
        <Space size={16}>
          <Form.Item label="工作日每日人数" name="workday" rules={[{ required: true, message: '请填写' }]}>
            <InputNumber min={0} max={10} precision={0} suffix="人" />
          </Form.Item>
          <Form.Item label="周末每日人数" name="weekend" rules={[{ required: true, message: '请填写' }]}>
            <InputNumber min={0} max={10} precision={0} suffix="人" />
          </Form.Item>
          <Form.Item label="节假日每日人数" name="holiday" rules={[{ required: true, message: '请填写' }]}>
            <InputNumber min={0} max={10} precision={0} suffix="人" />
          </Form.Item>
        </Space>
        <Space size={32}>
          <Form.Item label="重要时段按时段人数" name="followsPeriods" valuePropName="checked" extra="如两会、七下八上双岗">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
          {!builtin && (
            <Form.Item label="计入带班次数" name="leader" valuePropName="checked">
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          )}
        </Space>
        {builtin ? (
          <p>可担任人员在“人员”页设置（可任带班领导 / 可任值班员）。</p>
        ) : (
          <Form.Item label="可担任人员" name="staffIds">
            <Select mode="multiple" aria-label="可担任人员" showSearch={{ optionFilterProp: 'label' }} options={(staff ?? []).map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
