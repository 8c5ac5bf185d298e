import { useEffect } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Popconfirm, Space } from 'antd';
import type { RegionNode, ZoneNode } from '../../../../shared/contract/lists';
import { useApiMutation } from '../../api/hooks';

interface Values {
  name: string;
  households: number;
  people: number;
  route: string;
  shelter: string;
}

/** A danger zone: households and people at risk, evacuation route, shelter. */
export function ZoneDialog({ state, onClose }: { state: { region: RegionNode; zone: ZoneNode | null } | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('lists.zones.save');
  const del = useApiMutation('lists.zones.delete');
  useEffect(() => {
    if (state) form.setFieldsValue(state.zone ?? { name: '', households: 0, people: 0, route: '', shelter: '' });
  }, [state, form]);
  if (!state) return null;
  const { region, zone } = state;
  const submit = (v: Values) =>
    save.mutate(
      { id: zone?.id, regionId: zone?.regionId ?? region.id, ...v },
      {
        onSuccess: (z) => {
          void message.success(`已保存危险区 ${z.name}`);
          onClose();
        },
        onError: (e) => void message.error(e.message),
      },
    );
  const remove = () =>
    del.mutate(
      { id: zone!.id },
      {
        onSuccess: () => {
          void message.success(`已删除危险区 ${zone!.name}`);
          onClose();
        },
        onError: (e) => void message.error(e.message),
      },
    );
  return (
    <Modal
      title={zone ? `危险区：${zone.name}` : `在“${region.name}”新增危险区`}
      open
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          {zone && (
            <Popconfirm title={`删除危险区“${zone.name}”？`} okText="删除" cancelText="取消" onConfirm={remove}>
              <Button danger>删除</Button>
            </Popconfirm>
          )}
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="name" label="危险区名称" rules={[{ required: true, whitespace: true, message: '请填写危险区名称' }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Space>
          <Form.Item name="households" label="户数">
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="people" label="人数">
            <InputNumber min={0} />
          </Form.Item>
        </Space>
        <Form.Item name="route" label="转移路线">
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
        <Form.Item name="shelter" label="避险安置点">
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
