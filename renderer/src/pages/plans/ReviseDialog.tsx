import { App, Form, Input, Modal } from 'antd';
import type { PlanRow } from '../../../../shared/contract/plans';
import { useApiMutation } from '../../api/hooks';
import { ApiCallError } from '../../api/client';

/** Start a new version (修订); the version in force stays in force until the new one is issued. */
export function ReviseDialog({ open, plan, onClose }: { open: boolean; plan: PlanRow; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ versionLabel: string; reason: string }>();
  const revise = useApiMutation('plans.revise');
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await revise.mutateAsync({ planId: plan.id, versionLabel: v.versionLabel ?? '', reason: v.reason });
      void message.success('已开始修订，新版本从「起草」开始');
      onClose();
    } catch (e) {
      if (e instanceof ApiCallError && (e.field === 'reason' || e.field === 'versionLabel')) form.setFields([{ name: e.field, errors: [e.message] }]);
      else void message.error((e as Error).message);
    }
  };
  return (
    <Modal open={open} title={`开始修订：${plan.name}`} onCancel={onClose} onOk={() => void submit().catch(() => undefined)} okText="开始修订" cancelText="取消" confirmLoading={revise.isPending} destroyOnHidden>
      <p className="muted">现行第{plan.current?.seq ?? '—'}版在新版本印发前继续有效；旧版本保留可查。</p>
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item label="新版本名称" name="versionLabel" extra="可不填，如“2026年修订版”">
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item label="修订原因" name="reason" rules={[{ required: true, whitespace: true, message: '请填写修订原因' }]}>
          <Input.TextArea rows={2} maxLength={300} placeholder="如 机构调整、风险变化、演练发现问题、评估结论需修订" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
