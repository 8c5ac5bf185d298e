import { useEffect } from 'react';
import { App, Form, Input, InputNumber, Modal, Radio } from 'antd';
import type { ListsOverview } from '../../../../shared/contract/lists';
import { useApiMutation } from '../../api/hooks';

interface Values {
  year: number;
  from: 'copy' | 'blank';
  countyName?: string;
}

/** Start a year's list: usually a copy of last year's, to be updated before the flood season. */
export function NewYearDialog({ open, overview, onClose }: { open: boolean; overview: ListsOverview; onClose: (year?: number) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useApiMutation('lists.years.create');
  const latest = overview.years[0]?.year ?? null;
  const nextYear = overview.years.some((y) => y.year === overview.currentYear) ? overview.currentYear + 1 : overview.currentYear;
  useEffect(() => {
    if (open) form.setFieldsValue({ year: nextYear, from: latest ? 'copy' : 'blank' });
  }, [open, form, nextYear, latest]);
  const submit = (v: Values) =>
    create.mutate(
      { year: v.year, copyFrom: v.from === 'copy' ? latest : null, countyName: v.countyName?.trim() || undefined },
      {
        onSuccess: (r) => {
          void message.success(`已建立${r.year}年名单（${r.persons}人）`);
          onClose(r.year);
        },
        onError: (e) => void message.error(e.message),
      },
    );
  return (
    <Modal title="新建年度名单" open={open} onCancel={() => onClose()} onOk={() => form.submit()} okText="建立" cancelText="取消" confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="from" label="名单来源">
          <Radio.Group
            options={[
              { value: 'copy', label: latest ? `复制${latest}年名单（推荐：汛前逐项更新）` : '复制上一年名单', disabled: !latest },
              { value: 'blank', label: '空白名单（随后导入各乡镇的Excel）' },
            ]}
          />
        </Form.Item>
        {!latest && (
          <Form.Item name="countyName" label="县名">
            <Input placeholder="如：青山县" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
