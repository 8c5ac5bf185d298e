import { useEffect } from 'react';
import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PlanCategory, PlanLevel } from '../../../../shared/plans/index';
import type { PlanRow } from '../../../../shared/contract/plans';
import { useApiMutation } from '../../api/hooks';
import { ApiCallError } from '../../api/client';
import { CATEGORY_OPTIONS, LEVEL_OPTIONS } from './ui';

interface Values {
  name: string;
  category: PlanCategory;
  level: PlanLevel;
  unit: string;
  approver: string;
  note: string;
  versionLabel: string;
  mode: 'new' | 'existing';
  issued: Dayjs | null;
  docNo: string;
  filed: Dayjs | null;
}

const FIELD_MAP: Record<string, keyof Values> = {
  name: 'name',
  category: 'category',
  level: 'level',
  unit: 'unit',
  approver: 'approver',
  note: 'note',
  versionLabel: 'versionLabel',
  'existing.issued': 'issued',
  'existing.filed': 'filed',
  'existing.docNo': 'docNo',
};

const day = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);

/** Add a plan (new, or already issued before the register existed) or edit its register fields. */
export function PlanForm({ open, editing, today, onClose, onSaved }: { open: boolean; editing: PlanRow | null; today?: string; onClose: () => void; onSaved?: (planId: number) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useApiMutation('plans.create');
  const update = useApiMutation('plans.update');
  const mode = Form.useWatch('mode', form);
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(
      editing
        ? { name: editing.name, category: editing.category, level: editing.level, unit: editing.unit, approver: editing.approver, note: editing.note }
        : { name: '', unit: '', approver: '', note: '', versionLabel: '', mode: 'new', issued: null, docNo: '', filed: null },
    );
  }, [open, editing, form]);

  const submit = async () => {
    const v = await form.validateFields();
    const fields = { name: v.name, category: v.category, level: v.level, unit: v.unit, approver: v.approver ?? '', note: v.note ?? '' };
    try {
      if (editing) {
        await update.mutateAsync({ planId: editing.id, ...fields });
        void message.success(`已保存 ${fields.name}`);
        onClose();
        return;
      }
      const existing = v.mode === 'existing' ? { issued: day(v.issued) ?? '', docNo: v.docNo ?? '', filed: day(v.filed) } : null;
      const d = await create.mutateAsync({ ...fields, versionLabel: v.versionLabel ?? '', existing });
      void message.success(`已新增预案 ${d.plan.name}`);
      onClose();
      onSaved?.(d.plan.id);
    } catch (e) {
      const name = e instanceof ApiCallError && e.field ? FIELD_MAP[e.field] : undefined;
      if (name) form.setFields([{ name, errors: [(e as Error).message] }]);
      else void message.error((e as Error).message);
    }
  };

  const future = (d: Dayjs) => (today ? d.isAfter(dayjs(today), 'day') : false);

  return (
    <Modal
      open={open}
      title={editing ? `编辑预案：${editing.name}` : '新增预案'}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText="保存"
      cancelText="取消"
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={600}
    >
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item label="预案名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写预案名称' }, { max: 80, message: '预案名称最多80个字' }]}>
          <Input maxLength={80} placeholder="如 青山县防汛应急预案（2023年）" />
        </Form.Item>
        <div className="form-row">
          <Form.Item label="类别" name="category" rules={[{ required: true, message: '请选择类别' }]}>
            <Select options={CATEGORY_OPTIONS} placeholder="选择类别" />
          </Form.Item>
          <Form.Item label="层级" name="level" rules={[{ required: true, message: '请选择层级' }]}>
            <Select options={LEVEL_OPTIONS} placeholder="选择层级" />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item label="编制单位" name="unit" rules={[{ required: true, whitespace: true, message: '请填写编制单位' }]}>
            <Input maxLength={50} placeholder="如 青山县石门镇人民政府" />
          </Form.Item>
          <Form.Item label="审批机关" name="approver">
            <Input maxLength={50} />
          </Form.Item>
        </div>
        {!editing && (
          <>
            <Form.Item label="版本名称" name="versionLabel" extra="可不填，如“2026年版”">
              <Input maxLength={30} />
            </Form.Item>
            <Form.Item label="登记方式" name="mode">
              <Radio.Group
                options={[
                  { value: 'new', label: '新编（从起草开始记录）' },
                  { value: 'existing', label: '登记已印发的预案' },
                ]}
              />
            </Form.Item>
            {mode === 'existing' && (
              <div className="form-row">
                <Form.Item label="印发日期" name="issued" rules={[{ required: true, message: '请填写印发日期' }]}>
                  <DatePicker style={{ width: '100%' }} placeholder="印发日期" disabledDate={future} />
                </Form.Item>
                <Form.Item label="文号" name="docNo">
                  <Input maxLength={50} placeholder="如 青政办〔2023〕12号" />
                </Form.Item>
                <Form.Item label="备案日期" name="filed" extra="未备案则不填">
                  <DatePicker style={{ width: '100%' }} placeholder="备案日期" disabledDate={future} />
                </Form.Item>
              </div>
            )}
          </>
        )}
        <Form.Item label="备注" name="note">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
