import { Alert, Button, Select, Space, Table, Tag, Typography } from 'antd';
import type { ImportPreview } from '../../../../shared/contract/lists';
import type { ColumnTarget } from '../../../../shared/lists/columns';
import { TARGET_OPTIONS } from './labels';

const SOURCE_ZH: Record<ImportPreview['mappingSource'], string> = { auto: '按表头自动识别', remembered: '沿用上次导入同样表头时的对应', given: '按您指定的对应' };

/** The sheet's columns, what each was taken to be, and a Select per column to correct it. */
export function MappingTable({
  preview,
  mapping,
  dirty,
  onChange,
  onApply,
}: {
  preview: ImportPreview;
  mapping: (ColumnTarget | null)[];
  dirty: boolean;
  onChange: (m: (ColumnTarget | null)[]) => void;
  onApply: () => void;
}) {
  return (
    <section aria-label="列对应" className="lists-import-section">
      <Space wrap style={{ marginBottom: 6 }}>
        <Typography.Text strong>核对列对应</Typography.Text>
        <Typography.Text type="secondary">
          {preview.headerRows.length ? `表头在第${preview.headerRows.join('、')}行；` : ''}
          {SOURCE_ZH[preview.mappingSource]}
        </Typography.Text>
        {dirty && (
          <Button type="primary" size="small" onClick={onApply}>
            按此对应重新检查
          </Button>
        )}
      </Space>
      {preview.mappingProblems.map((p) => (
        <Alert key={p} type="error" showIcon title={p} style={{ marginBottom: 6 }} />
      ))}
      {preview.notes.map((n) => (
        <Alert key={n} type="info" showIcon title={n} style={{ marginBottom: 6 }} />
      ))}
      <Table
        size="small"
        rowKey="index"
        pagination={false}
        scroll={{ y: 300 }}
        dataSource={preview.columns}
        columns={[
          { title: '列', dataIndex: 'letter', width: 50 },
          { title: '表头', dataIndex: 'header', width: 180 },
          { title: '示例', dataIndex: 'samples', render: (s: string[]) => <Typography.Text type="secondary">{s.join(' | ')}</Typography.Text> },
          {
            title: '对应为',
            key: 'target',
            width: 260,
            render: (_: unknown, c) => (
              <Space size={4}>
                <Select<ColumnTarget | '__none'>
                  aria-label={`第${c.letter}列（${c.header}）对应`}
                  style={{ width: 200 }}
                  value={mapping[c.index] ?? '__none'}
                  options={TARGET_OPTIONS}
                  showSearch={{ optionFilterProp: 'label' }}
                  onChange={(v) => {
                    const next = [...mapping];
                    next[c.index] = v === '__none' ? null : v;
                    onChange(next);
                  }}
                />
                {mapping[c.index] !== c.suggested && <Tag color="blue">已改</Tag>}
              </Space>
            ),
          },
        ]}
      />
    </section>
  );
}
