import { Alert, Table, Tag, Typography } from 'antd';
import type { ImportPreview } from '../../../../shared/contract/lists';
import type { RowIssue } from '../../../../shared/lists/rows';

/** Every row's problems: row number, column, the value, what is wrong. */
export function IssueTable({ preview }: { preview: ImportPreview }) {
  const c = preview.counts;
  const skipped = [c.blank && `空行${c.blank}`, c.subtotal && `合计/小计${c.subtotal}`, c.footer && `表尾${c.footer}`, c.repeatedHeader && `重复表头${c.repeatedHeader}`].filter(Boolean).join('、');
  return (
    <section aria-label="错误报告" className="lists-import-section">
      <Typography.Text strong>检查结果</Typography.Text>{' '}
      <Typography.Text type="secondary" data-testid="import-counts">
        读取数据{c.dataRows}行，责任人{preview.personsRead}人、危险区{preview.zonesRead}个{skipped ? `；已跳过${skipped}行` : ''}
      </Typography.Text>
      {preview.issuesTotal === 0 ? (
        <Alert type="success" showIcon title="每一行都检查通过" style={{ margin: '6px 0' }} />
      ) : (
        <>
          <Alert
            type={preview.errors ? 'error' : 'warning'}
            showIcon
            style={{ margin: '6px 0' }}
            title={`${preview.errors ? `错误${preview.errors}处（涉及${preview.errorRows}行）` : ''}${preview.errors && preview.warnings ? '，' : ''}${preview.warnings ? `提示${preview.warnings}处` : ''}${preview.errors ? '：请修正Excel后重新选择文件，或勾选下方“跳过有错误的行”' : ''}`}
          />
          <Table<RowIssue>
            size="small"
            rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
            pagination={false}
            scroll={{ y: 200 }}
            dataSource={preview.issues}
            footer={preview.issuesTotal > preview.issues.length ? () => `仅列出前${preview.issues.length}处，共${preview.issuesTotal}处` : undefined}
            columns={[
              { title: '行', dataIndex: 'row', width: 60, render: (v: number) => `第${v}行` },
              { title: '列', key: 'col', width: 130, render: (_: unknown, r) => (r.column ? `${r.column}（${r.header || r.field}）` : '') },
              { title: '内容', dataIndex: 'value', width: 160, ellipsis: true },
              { title: '问题', dataIndex: 'message' },
              { title: '', dataIndex: 'severity', width: 60, render: (v: RowIssue['severity']) => (v === 'error' ? <Tag color="red">错误</Tag> : <Tag color="orange">提示</Tag>) },
            ]}
          />
        </>
      )}
    </section>
  );
}
