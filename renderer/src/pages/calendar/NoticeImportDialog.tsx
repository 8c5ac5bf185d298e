import { useState } from 'react';
import { Alert, App, Button, Checkbox, Input, Modal, Select, Space, Typography } from 'antd';
import type { NoticePreview as Preview } from '../../../../shared/contract/calendar';
import { useApi, useApiMutation } from '../../api/hooks';
import { NoticePreview } from './NoticePreview';

interface Submitted {
  text: string;
  year?: number;
}

/** 导入国务院通知: paste the notice, look at what it sets against what the year has now, then import. */
export function NoticeImportDialog({ open, years, onClose, onImported }: { open: boolean; years: number[]; onClose: () => void; onImported: (year: number) => void }) {
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [year, setYear] = useState<number | undefined>();
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [ignoreUnparsed, setIgnoreUnparsed] = useState(false);
  const preview = useApi('calendar.previewNotice', submitted ?? { text: '' }, { enabled: submitted !== null, staleTime: 0 });
  const apply = useApiMutation('calendar.applyNotice');
  const data: Preview | undefined = submitted ? preview.data : undefined;
  const stale = submitted !== null && (submitted.text !== text || submitted.year !== year);
  const canImport = data !== undefined && !stale && data.problem === null && (data.unparsed.length === 0 || ignoreUnparsed);

  const close = () => {
    setText('');
    setYear(undefined);
    setSubmitted(null);
    setIgnoreUnparsed(false);
    onClose();
  };
  const doImport = () => {
    if (!submitted) return;
    apply.mutate(
      { ...submitted, ignoreUnparsed },
      {
        onSuccess: (y) => {
          void message.success(`已导入${y.year}年放假安排`);
          onImported(y.year);
          close();
        },
        onError: (e) => void message.error(e.message),
      },
    );
  };

  return (
    <Modal
      open={open}
      title="导入国务院通知"
      onCancel={close}
      width={980}
      centered
      destroyOnHidden
      styles={{ body: { maxHeight: 'calc(100vh - 180px)', overflowY: 'auto', paddingRight: 8 } }}
      footer={
        <Space>
          {data && data.unparsed.length > 0 && (
            <Checkbox checked={ignoreUnparsed} onChange={(e) => setIgnoreUnparsed(e.target.checked)}>
              忽略无法识别的行，仍然导入
            </Checkbox>
          )}
          <Button onClick={close}>取消</Button>
          <Button type="primary" disabled={!canImport} loading={apply.isPending} onClick={doImport}>
            确认导入
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        从中国政府网复制《国务院办公厅关于××××年部分节假日安排的通知》全文，粘贴到下面，点“解析预览”。核对无误后再“确认导入”，导入会整体替换该年的放假调休安排。
      </Typography.Paragraph>
      <Input.TextArea
        aria-label="通知全文"
        rows={7}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="国务院办公厅关于2027年部分节假日安排的通知&#10;……&#10;一、元旦：1月1日（周五）至3日（周日）放假，共3天。"
      />
      <Space style={{ margin: '12px 0' }} wrap>
        <Button type="primary" ghost disabled={text.trim() === ''} loading={preview.isFetching} onClick={() => (setSubmitted({ text, year }), setIgnoreUnparsed(false))}>
          解析预览
        </Button>
        <Select
          aria-label="年份"
          allowClear
          placeholder="年份（标题中没有年份时选择）"
          style={{ width: 240 }}
          value={year}
          onChange={(v?: number) => setYear(v)}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
        />
        {stale && <Typography.Text type="warning">内容已改动，请重新解析预览</Typography.Text>}
      </Space>
      {preview.isError && submitted && <Alert type="error" showIcon title={preview.error.message} />}
      {data && <NoticePreview data={data} />}
    </Modal>
  );
}
