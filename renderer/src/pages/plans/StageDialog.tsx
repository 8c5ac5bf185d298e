import { useEffect } from 'react';
import { App, Alert, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { STAGE_LABELS, UNSKIPPABLE, lastRecord, type Stage } from '../../../../shared/plans/index';
import type { PlanVersionView } from '../../../../shared/contract/plans';
import { useApiMutation } from '../../api/hooks';
import { ApiCallError } from '../../api/client';

interface Values {
  outcome: 'done' | 'skipped';
  date: Dayjs | null;
  who: string;
  notes: string;
  skipReason: string;
  docNo: string;
}

const FIELDS = ['outcome', 'date', 'who', 'notes', 'skipReason', 'docNo'];

/** Record the next stage of a version: done (date, who, notes), or skipped with a reason. */
export function StageDialog({ open, version, stage, today, onClose }: { open: boolean; version: PlanVersionView; stage: Stage; today: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useApiMutation('plans.stage.record');
  const outcome = Form.useWatch('outcome', form);
  const label = STAGE_LABELS[stage];
  const prev = lastRecord(version.stages);
  useEffect(() => {
    if (open) form.setFieldsValue({ outcome: 'done', date: dayjs(today), who: '', notes: '', skipReason: '', docNo: version.docNo });
  }, [open, today, form, version.docNo]);

  const submit = async () => {
    const v = await form.validateFields();
    const done = (v.outcome ?? 'done') === 'done';
    try {
      await record.mutateAsync({
        versionId: version.id,
        stage,
        outcome: done ? 'done' : 'skipped',
        date: v.date ? v.date.format('YYYY-MM-DD') : '',
        who: v.who ?? '',
        notes: v.notes ?? '',
        skipReason: done ? '' : (v.skipReason ?? ''),
        docNo: v.docNo ?? '',
      });
      void message.success(done ? `已记录「${label}」` : `已跳过「${label}」`);
      onClose();
    } catch (e) {
      if (e instanceof ApiCallError && e.field && FIELDS.includes(e.field)) form.setFields([{ name: e.field as keyof Values, errors: [e.message] }]);
      else void message.error((e as Error).message);
    }
  };

  return (
    <Modal
      open={open}
      title={`记录「${label}」`}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText="保存"
      cancelText="取消"
      confirmLoading={record.isPending}
      destroyOnHidden
      width={520}
    >
      <Form form={form} layout="vertical" requiredMark>
        {!UNSKIPPABLE.includes(stage) && (
          <Form.Item label="结果" name="outcome">
            <Radio.Group
              options={[
                { value: 'done', label: '完成' },
                { value: 'skipped', label: '跳过此环节' },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item label="日期" name="date" rules={[{ required: true, message: '请选择日期' }]} extra={prev ? `上一环节「${STAGE_LABELS[prev.stage]}」：${prev.date}` : undefined}>
          <DatePicker style={{ width: '100%' }} placeholder="日期" disabledDate={(d) => d.isAfter(dayjs(today), 'day')} />
        </Form.Item>
        {outcome === 'skipped' ? (
          <>
            <Alert type="warning" showIcon title={`跳过「${label}」须说明原因，原因将记入台账和审计日志。`} style={{ marginBottom: 12 }} />
            <Form.Item label="跳过原因" name="skipReason" rules={[{ required: true, whitespace: true, message: `请填写跳过「${label}」的原因` }]}>
              <Input.TextArea rows={2} maxLength={200} />
            </Form.Item>
          </>
        ) : (
          <>
            {stage === 'issue' && (
              <Form.Item label="文号" name="docNo" extra="印发后本版本不可再修改">
                <Input maxLength={50} placeholder="如 青政办〔2026〕12号" />
              </Form.Item>
            )}
            <Form.Item label="经办" name="who">
              <Input maxLength={50} placeholder={stage === 'file' ? '如 县应急管理局（受理备案）' : '经办单位或人员'} />
            </Form.Item>
            <Form.Item label="备注" name="notes">
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
