import { useState } from 'react';
import { App, Modal, Select, Typography } from 'antd';
import { useApi, useApiMutation } from '../api/hooks';

interface Props {
  open: boolean;
  closable: boolean;
  current: { id: number; name: string } | null;
  onDone: () => void;
}

/** The person at the desk says who they are; every change is recorded under this name. */
export function OperatorGate({ open, closable, current, onDone }: Props) {
  const { message } = App.useApp();
  const staff = useApi('staff.list', { includeInactive: false }, { enabled: open });
  const setOp = useApiMutation('session.setOperator');
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const value = picked ?? current?.id;

  const confirm = () => {
    if (!value) {
      void message.warning('请选择操作员');
      return;
    }
    setOp.mutate(
      { staffId: value },
      {
        onSuccess: (r) => {
          void message.success(`当前操作员：${r.operator?.name ?? ''}`);
          setPicked(undefined);
          onDone();
        },
        onError: (e) => void message.error(e.message),
      },
    );
  };

  return (
    <Modal
      title="选择当前操作员"
      open={open}
      closable={closable}
      maskClosable={false}
      keyboard={closable}
      onCancel={onDone}
      onOk={confirm}
      okText="确定"
      cancelButtonProps={{ style: closable ? undefined : { display: 'none' } }}
      confirmLoading={setOp.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">请选择您本人。之后的每一处修改都会以此姓名记入审计日志。</Typography.Paragraph>
      <Select
        aria-label="操作员"
        autoFocus
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: '100%' }}
        placeholder="选择人员"
        loading={staff.isPending}
        value={value}
        onChange={setPicked}
        options={(staff.data ?? []).map((s) => ({ value: s.id, label: `${s.name}${s.unit ? `（${s.unit}）` : ''}` }))}
      />
    </Modal>
  );
}
