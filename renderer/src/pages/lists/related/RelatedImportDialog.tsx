import { useRef, useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import type { RelatedImportPreview } from '../../../../../shared/contract/lists-related';
import { RELATED_KIND_ZH, type RelatedIssue, type RelatedKind } from '../../../../../shared/lists/related';
import { call } from '../../../api/client';
import { useApiMutation } from '../../../api/hooks';
import { readWorkbookFile } from '../files';

/**
 * Import a 县级领导包保 or 三个责任人 workbook: choose the file → the columns read and every row's
 * problems (row, column, value, what is wrong) → what would be added or changed → import all, or nothing.
 */
export function RelatedImportDialog({ kind, year, open, onClose }: { kind: RelatedKind; year: number; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [preview, setPreview] = useState<RelatedImportPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const commit = useApiMutation('lists.related.importCommit');
  const unit = kind === 'leaders' ? '人' : '处';

  const close = () => {
    setFile(null);
    setPreview(null);
    setProblem(null);
    if (input.current) input.current.value = '';
    onClose();
  };

  const choose = async (files: FileList | null) => {
    const chosen = files?.[0];
    if (!chosen) return;
    setLoading(true);
    setProblem(null);
    setPreview(null);
    try {
      const data = await readWorkbookFile(chosen);
      const f = { name: chosen.name, data };
      setFile(f);
      setPreview(await call('lists.related.importPreview', { year, kind, fileName: f.name, dataBase64: f.data }));
    } catch (e) {
      setProblem((e as Error).message);
    } finally {
      setLoading(false);
      if (input.current) input.current.value = '';
    }
  };

  const doImport = () => {
    if (!file || !preview) return;
    commit.mutate(
      { year, kind, fileName: file.name, dataBase64: file.data, sheet: preview.sheet },
      {
        onSuccess: (r) => {
          void message.success(`导入完成：新增${r.added}${unit}，变更${r.changed}${unit}${r.backup ? '（导入前已备份）' : ''}`);
          close();
        },
        onError: (e) => setProblem(e.message),
      },
    );
  };

  const nothing = preview !== null && preview.added.length === 0 && preview.changed.length === 0;
  const canImport = preview !== null && preview.problem === null && !nothing;
  const skipped = preview ? [preview.skipped.blank && `空行${preview.skipped.blank}`, preview.skipped.subtotal && `合计/小计${preview.skipped.subtotal}`, preview.skipped.footer && `表尾${preview.skipped.footer}`].filter(Boolean).join('、') : '';
  return (
    <Modal
      title={`导入${RELATED_KIND_ZH[kind]}`}
      open={open}
      width={860}
      onCancel={close}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={close}>取消</Button>
          <Button type="primary" disabled={!canImport} loading={commit.isPending} onClick={doImport}>
            确认导入
          </Button>
        </Space>
      }
    >
      <input ref={input} type="file" accept=".xlsx" aria-label="选择Excel文件" style={{ display: 'none' }} onChange={(e) => void choose(e.target.files)} />
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space>
          <Button icon={<FileExcelOutlined />} onClick={() => input.current?.click()} loading={loading}>
            {file ? '重新选择文件' : '选择Excel文件'}
          </Button>
          {file && <Typography.Text>{file.name}</Typography.Text>}
        </Space>
        <Typography.Text type="secondary">
          {kind === 'leaders' ? '可识别的列：姓名（领导）、职务、联系电话、包保乡镇、包保工程（水库）、备注。' : '可识别的列：工程名称（水库名称）、工程类型、所在乡镇、规模，行政/技术/巡查责任人的姓名、单位及职务、联系电话，备注。'}
          按名称与本年度名单比对：同名的更新，新名称新增，文件中没有的保留不动。
        </Typography.Text>
        {problem && <Alert type="error" showIcon title={problem} />}
        {preview && (
          <>
            <Typography.Text data-testid="related-columns" type="secondary">
              {preview.headerRows.length ? `表头在第${preview.headerRows.join('、')}行；` : ''}
              {preview.columns
                .filter((c) => c.header)
                .map((c) => `${c.letter}列「${c.header}」→ ${c.field ?? '不导入'}`)
                .join('；')}
            </Typography.Text>
            <section aria-label="错误报告">
              <Typography.Text strong>检查结果</Typography.Text>{' '}
              <Typography.Text type="secondary" data-testid="related-counts">
                读取{preview.read}{unit}
                {skipped ? `；已跳过${skipped}行` : ''}
              </Typography.Text>
              {preview.problem ? (
                <Alert type="error" showIcon style={{ margin: '6px 0' }} title={preview.problem} />
              ) : preview.warnings ? (
                <Alert type="warning" showIcon style={{ margin: '6px 0' }} title={`提示${preview.warnings}处，不影响导入`} />
              ) : (
                <Alert type="success" showIcon style={{ margin: '6px 0' }} title="每一行都检查通过" />
              )}
              {preview.issues.length > 0 && (
                <Table<RelatedIssue>
                  size="small"
                  rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
                  pagination={false}
                  scroll={{ y: 220 }}
                  dataSource={preview.issues}
                  rowClassName={(r) => (r.severity === 'error' ? 'related-issue-error' : '')}
                  columns={[
                    { title: '行', dataIndex: 'row', width: 70, render: (v: number) => `第${v}行` },
                    { title: '列', key: 'col', width: 170, render: (_: unknown, r) => `${r.column}（${r.header}）` },
                    { title: '内容', dataIndex: 'value', width: 170, ellipsis: true },
                    { title: '问题', dataIndex: 'message' },
                    { title: '', dataIndex: 'severity', width: 60, render: (v: RelatedIssue['severity']) => (v === 'error' ? <Tag color="red">错误</Tag> : <Tag color="orange">提示</Tag>) },
                  ]}
                />
              )}
            </section>
            <section aria-label="变更预览">
              <Typography.Text strong>变更预览</Typography.Text>{' '}
              <Typography.Text data-testid="related-diff">
                新增{preview.added.length}{unit}，变更{preview.changed.length}{unit}，未变{preview.unchanged}{unit}
              </Typography.Text>
              <ul className="related-diff">
                {preview.added.map((n) => (
                  <li key={`a-${n}`}>新增 {n}</li>
                ))}
                {preview.changed.map((c) => (
                  <li key={`c-${c.name}`}>
                    变更 {c.name}：{c.fields.join('、')}
                  </li>
                ))}
              </ul>
              {nothing && !preview.problem && <Alert type="info" showIcon title="文件与名单一致，没有需要导入的变更" />}
            </section>
          </>
        )}
      </Space>
    </Modal>
  );
}
