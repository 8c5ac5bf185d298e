import { useState } from 'react';
import { Modal, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useApi } from '../../api/hooks';

/** 节假日值班表: choose a holiday or important period of the year and open its print view. */
export function PeriodPrintDialog({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const navigate = useNavigate();
  const [key, setKey] = useState<string | undefined>();
  const periods = useApi('calendar.periods.list', { year }, { enabled: open });
  const chosen = periods.data?.find((p) => p.key === key);
  return (
    <Modal
      open={open}
      title="打印节假日值班表"
      okText="打开打印页"
      cancelText="取消"
      okButtonProps={{ disabled: !chosen }}
      onCancel={onClose}
      onOk={() => {
        if (!chosen) return;
        const q = new URLSearchParams({ from: chosen.from, to: chosen.to, name: chosen.name });
        navigate(`/print/roster/period?${q.toString()}`);
      }}
      destroyOnHidden
    >
      <Select
        aria-label="节假日或重要时段"
        style={{ width: '100%' }}
        placeholder={`选择${year}年的节假日或重要时段`}
        value={key}
        onChange={(k: string) => setKey(k)}
        options={(periods.data ?? []).map((p) => ({ value: p.key, label: `${p.name}（${p.from}至${p.to}）` }))}
      />
    </Modal>
  );
}
