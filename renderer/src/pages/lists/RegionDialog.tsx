import { useEffect } from 'react';
import { App, Form, Input, Modal } from 'antd';
import type { RegionNode } from '../../../../shared/contract/lists';
import { CHILD_LEVEL, REGION_LEVEL_ZH } from '../../../../shared/lists/types';
import { useApiMutation } from '../../api/hooks';

/** Add a place under the chosen one, or rename it. */
export function RegionDialog({ year, state, onClose }: { year: number; state: { mode: 'add' | 'rename'; region: RegionNode } | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const save = useApiMutation('lists.regions.save');
  useEffect(() => {
    if (state) form.setFieldsValue({ name: state.mode === 'rename' ? state.region.name : '' });
  }, [state, form]);
  if (!state) return null;
  const child = CHILD_LEVEL[state.region.level];
  const title = state.mode === 'rename' ? `修改“${state.region.name}”的名称` : `在“${state.region.name}”下新增${child ? REGION_LEVEL_ZH[child] : ''}`;
  const submit = ({ name }: { name: string }) =>
    save.mutate(state.mode === 'rename' ? { year, id: state.region.id, name } : { year, parentId: state.region.id, name }, {
      onSuccess: (r) => {
        void message.success(state.mode === 'rename' ? `已改名为 ${r.name}` : `已新增 ${r.name}`);
        onClose();
      },
      onError: (e) => form.setFields([{ name: 'name', errors: [e.message] }]),
    });
  return (
    <Modal title={title} open onCancel={onClose} onOk={() => form.submit()} okText="保存" cancelText="取消" confirmLoading={save.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
          <Input maxLength={30} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
