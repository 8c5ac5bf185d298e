import { useEffect } from 'react';
import { App, Button, Checkbox, Form, Input, Modal, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Staff } from '../../../../shared/staff/types';
import { normalizePhone } from '../../../../shared/phone';
import { useApiMutation } from '../../api/hooks';
import { ApiCallError } from '../../api/client';

interface Values {
  name: string;
  unit: string;
  position: string;
  phones: string[];
  roles: ('lead' | 'duty')[];
  note: string;
}

function toValues(s: Staff | null): Values {
  if (!s) return { name: '', unit: '', position: '', phones: [''], roles: ['duty'], note: '' };
  return {
    name: s.name,
    unit: s.unit,
    position: s.position,
    phones: s.phones.length ? s.phones : [''],
    roles: [...(s.canLead ? (['lead'] as const) : []), ...(s.canDuty ? (['duty'] as const) : [])],
    note: s.note,
  };
}

/** Add or edit one person. Phones are normalised as you leave the field; bad ones are named on the field. */
export function StaffForm({ open, editing, onClose }: { open: boolean; editing: Staff | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useApiMutation('staff.create');
  const update = useApiMutation('staff.update');
  useEffect(() => {
    if (open) form.setFieldsValue(toValues(editing));
  }, [open, editing, form]);

  const submit = async () => {
    const v = await form.validateFields();
    const input = {
      name: v.name,
      unit: v.unit ?? '',
      position: v.position ?? '',
      phones: v.phones.filter((p) => p && p.trim() !== ''),
      canLead: v.roles.includes('lead'),
      canDuty: v.roles.includes('duty'),
      note: v.note ?? '',
    };
    try {
      if (editing) await update.mutateAsync({ id: editing.id, ...input });
      else await create.mutateAsync(input);
      void message.success(editing ? `已保存 ${input.name}` : `已新增 ${input.name}`);
      onClose();
    } catch (e) {
      if (e instanceof ApiCallError && e.field) {
        const path = e.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
        const name = path[0] === 'canLead' || path[0] === 'canDuty' ? ['roles'] : path;
        form.setFields([{ name: name as never, errors: [e.message] }]);
      } else void message.error((e as Error).message);
    }
  };

  const normaliseOnBlur = (index: number) => {
    const raw = form.getFieldValue(['phones', index]) as string | undefined;
    if (!raw) return;
    const r = normalizePhone(raw);
    if (r.ok && r.value !== raw) form.setFieldValue(['phones', index], r.value);
  };

  return (
    <Modal
      title={editing ? `编辑人员：${editing.name}` : '新增人员'}
      open={open}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText="保存"
      cancelText="取消"
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" requiredMark onFinish={() => void submit()}>
        <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 20, message: '姓名最多20个字' }]}>
          <Input autoFocus maxLength={20} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item label="单位/科室" name="unit" style={{ flex: 1, marginRight: 12 }}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label="职务" name="position" style={{ flex: 1 }}>
            <Input maxLength={30} />
          </Form.Item>
        </Space.Compact>
        <Form.List name="phones">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Form.Item
                  key={f.key}
                  label={i === 0 ? '联系电话' : undefined}
                  required={i === 0}
                  extra={i === 0 ? '手机号或带区号的座机（如 0551-62881234，分机写“转801”）；可填多个' : undefined}
                >
                  <Space.Compact block>
                    <Form.Item
                      name={f.name}
                      noStyle
                      validateTrigger={['onBlur', 'onChange']}
                      rules={[
                        {
                          validator: async (_r, value: string | undefined) => {
                            if (!value || value.trim() === '') {
                              if (i === 0) throw new Error('至少填写一个联系电话');
                              return;
                            }
                            const r = normalizePhone(value);
                            if (!r.ok) throw new Error(r.message);
                          },
                        },
                      ]}
                    >
                      <Input aria-label={`联系电话${i + 1}`} onBlur={() => normaliseOnBlur(i)} style={{ width: '100%' }} />
                    </Form.Item>
                    {fields.length > 1 && <Button icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={`删除电话${i + 1}`} />}
                  </Space.Compact>
                </Form.Item>
              ))}
              {fields.length < 5 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} style={{ marginBottom: 16 }}>
                  添加电话
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Form.Item label="可担任" name="roles" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一种值班角色' }]}>
          <Checkbox.Group
            options={[
              { label: '带班领导', value: 'lead' },
              { label: '值班员', value: 'duty' },
            ]}
          />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
