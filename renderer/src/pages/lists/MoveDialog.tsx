import { useEffect } from 'react';
import { App, Form, Modal, Select, TreeSelect, Typography } from 'antd';
import type { ListTree } from '../../../../shared/contract/lists';
import { LEVEL_ZH, type PersonRow } from '../../../../shared/lists/types';
import { useApiMutation } from '../../api/hooks';
import { regionOptions, zonesOf } from './regionOptions';

/** Move a person to another place of their level (and, for 户级, another danger zone). */
export function MoveDialog({ tree, person, onClose }: { tree: ListTree; person: PersonRow | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ regionId: number; zoneId: number | null }>();
  const move = useApiMutation('lists.persons.move');
  const regionId = Form.useWatch('regionId', form);
  useEffect(() => {
    if (person) form.setFieldsValue({ regionId: person.regionId, zoneId: person.zoneId });
  }, [person, form]);
  if (!person) return null;
  const submit = (v: { regionId: number; zoneId: number | null }) =>
    move.mutate(
      { id: person.id, regionId: v.regionId, zoneId: person.level === 'household' ? (v.zoneId ?? null) : null },
      {
        onSuccess: (p) => {
          void message.success(`${p.name} 已调整到 ${p.regionPath}`);
          onClose();
        },
        onError: (e) => void message.error(e.message),
      },
    );
  return (
    <Modal title={`调整所属地区：${person.name}`} open onCancel={onClose} onOk={() => form.submit()} okText="调整" cancelText="取消" confirmLoading={move.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        {LEVEL_ZH[person.level]}责任人，现属 {person.regionPath || tree.countyName}
        {person.zoneName ? ` ${person.zoneName}` : ''}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="regionId" label="调整到" rules={[{ required: true, message: '请选择地区' }]}>
          <TreeSelect treeData={regionOptions(tree, person.level)} treeDefaultExpandAll showSearch treeNodeFilterProp="title" onChange={() => form.setFieldsValue({ zoneId: null })} />
        </Form.Item>
        {person.level === 'household' && (
          <Form.Item name="zoneId" label="危险区">
            <Select allowClear options={zonesOf(tree, regionId)} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
