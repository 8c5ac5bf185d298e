import { useEffect } from 'react';
import { App, Form, Input, InputNumber, Modal, Select, TreeSelect } from 'antd';
import type { ListTree, RegionNode } from '../../../../shared/contract/lists';
import { OWN_LEVEL, type PersonLevel, type PersonRow } from '../../../../shared/lists/types';
import { useApiMutation } from '../../api/hooks';
import { LEVEL_OPTIONS, splitPhones } from './labels';
import { defaultRegion, regionOptions, zonesOf } from './regionOptions';

interface Values {
  level: PersonLevel;
  regionId?: number;
  zoneId?: number | null;
  name: string;
  position: string;
  duty: string;
  phones: string;
  households?: number | null;
  note: string;
}

/** Add or edit a responsible person. */
export function PersonForm({ year, tree, region, editing, onClose }: { year: number; tree: ListTree; region: RegionNode; editing: PersonRow | 'new' | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useApiMutation('lists.persons.create');
  const update = useApiMutation('lists.persons.update');
  const level = Form.useWatch('level', form) ?? 'village';
  const regionId = Form.useWatch('regionId', form);
  useEffect(() => {
    if (editing === null) return;
    if (editing === 'new') {
      const lv = OWN_LEVEL[region.level];
      form.setFieldsValue({ level: lv, regionId: defaultRegion(tree, region, lv), zoneId: null, name: '', position: '', duty: '', phones: '', households: null, note: '' });
    } else {
      form.setFieldsValue({ ...editing, phones: editing.phones.join('、') });
    }
  }, [editing, form, region, tree]);
  if (editing === null) return null;
  const submit = (v: Values) => {
    const fields = {
      level: v.level,
      regionId: v.regionId!,
      zoneId: v.level === 'household' ? (v.zoneId ?? null) : null,
      name: v.name,
      position: v.position ?? '',
      duty: v.duty ?? '',
      phones: splitPhones(v.phones ?? ''),
      households: v.level === 'household' ? (v.households ?? null) : null,
      note: v.note ?? '',
    };
    const done = {
      onSuccess: (p: PersonRow) => {
        void message.success(`已保存 ${p.name}`);
        onClose();
      },
      onError: (e: Error & { field?: string }) => {
        const f = e.field?.split('.')[0];
        if (f && ['name', 'phones', 'regionId', 'zoneId', 'position', 'duty', 'households', 'note'].includes(f)) form.setFields([{ name: f as keyof Values, errors: [e.message] }]);
        else void message.error(e.message);
      },
    };
    if (editing === 'new') create.mutate({ year, ...fields }, done);
    else update.mutate({ id: editing.id, ...fields }, done);
  };
  return (
    <Modal
      title={editing === 'new' ? '新增责任人' : `编辑责任人：${editing.name}`}
      open
      width={560}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="level" label="层级" rules={[{ required: true }]}>
          <Select options={LEVEL_OPTIONS} onChange={(l: PersonLevel) => form.setFieldsValue({ regionId: defaultRegion(tree, region, l), zoneId: null })} />
        </Form.Item>
        <Form.Item name="regionId" label="所属地区" rules={[{ required: true, message: '请选择所属地区' }]}>
          <TreeSelect treeData={regionOptions(tree, level)} treeDefaultExpandAll showSearch treeNodeFilterProp="title" placeholder="选择地区" onChange={() => form.setFieldsValue({ zoneId: null })} />
        </Form.Item>
        {level === 'household' && (
          <Form.Item name="zoneId" label="危险区">
            <Select allowClear options={zonesOf(tree, regionId)} placeholder="所在村或组的危险区" />
          </Form.Item>
        )}
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="position" label="职务">
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="phones" label="联系电话" extra="多个电话用“、”分隔，手机或带区号的座机">
          <Input maxLength={200} />
        </Form.Item>
        {level === 'household' && (
          <Form.Item name="households" label="联系户数">
            <InputNumber min={0} />
          </Form.Item>
        )}
        <Form.Item name="duty" label="责任区域/职责">
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
