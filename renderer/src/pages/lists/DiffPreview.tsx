import { Table, Tag, Typography } from 'antd';
import type { ImportPreview } from '../../../../shared/contract/lists';
import { CHANGE_ZH, VALUE_FIELD_ZH, type LevelSummary, type PersonChange, type PersonValues } from '../../../../shared/lists/diff';
import { LEVEL_ZH } from '../../../../shared/lists/types';

const KIND_COLOR = { added: 'green', changed: 'blue', removed: 'red' } as const;

function show(v: PersonValues | null, f: keyof PersonValues): string {
  if (!v) return '';
  const x = v[f];
  return Array.isArray(x) ? x.join('、') : x === null ? '—' : String(x) || '—';
}

function what(c: PersonChange): string {
  if (c.kind === 'added') return [c.after?.position, c.after?.phones.join('、')].filter(Boolean).join('，');
  if (c.kind === 'removed') return '文件中没有此人';
  return c.fields.map((f) => `${VALUE_FIELD_ZH[f]}：${show(c.before, f)} → ${show(c.after, f)}`).join('；');
}

/** 新增 / 变更 / 删除 per level, and each change. */
export function DiffPreview({ preview, skipping }: { preview: ImportPreview; skipping: boolean }) {
  const scope =
    preview.scope.kind === 'none'
      ? '只新增和变更，不删除任何人'
      : `文件中没有的人将从名单中删除（停用，历史保留），范围：${[preview.scope.county ? '县级' : '', ...preview.scope.places].filter(Boolean).join('、') || '无'}（只限文件中出现的${preview.scope.levels.map((l) => LEVEL_ZH[l]).join('、')}）`;
  return (
    <section aria-label="变更预览" className="lists-import-section">
      <Typography.Text strong>变更预览</Typography.Text>{' '}
      <Typography.Text type="secondary">{scope}{skipping ? '（已除去有错误的行）' : ''}</Typography.Text>
      <Table<LevelSummary>
        size="small"
        rowKey="level"
        pagination={false}
        style={{ margin: '6px 0' }}
        dataSource={preview.summary}
        columns={[
          { title: '层级', dataIndex: 'level', render: (l: LevelSummary['level']) => LEVEL_ZH[l] },
          { title: '新增', dataIndex: 'added', render: (n: number) => (n ? <Tag color="green">{n}</Tag> : 0) },
          { title: '变更', dataIndex: 'changed', render: (n: number) => (n ? <Tag color="blue">{n}</Tag> : 0) },
          { title: '删除', dataIndex: 'removed', render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0) },
          { title: '不变', dataIndex: 'unchanged' },
        ]}
      />
      {(preview.newRegions.length > 0 || preview.zoneChanges.length > 0) && (
        <Typography.Paragraph>
          {preview.newRegions.length > 0 && <>新建地区：{preview.newRegions.map((r) => r.path).join('、')}。</>}
          {preview.zoneChanges.length > 0 && <>危险区：{preview.zoneChanges.map((z) => `${z.kind === 'added' ? '新增' : '修改'}${z.path}/${z.name}`).join('、')}。</>}
        </Typography.Paragraph>
      )}
      {preview.changes.length > 0 && (
        <Table<PersonChange>
          size="small"
          rowKey={(c) => `${c.kind}-${c.level}-${c.path}-${c.name}-${c.id ?? c.row}`}
          pagination={false}
          scroll={{ y: 220 }}
          dataSource={preview.changes}
          footer={preview.changesTotal > preview.changes.length ? () => `仅列出前${preview.changes.length}项，共${preview.changesTotal}项` : undefined}
          columns={[
            { title: '', dataIndex: 'kind', width: 60, render: (k: PersonChange['kind']) => <Tag color={KIND_COLOR[k]}>{CHANGE_ZH[k]}</Tag> },
            { title: '层级', dataIndex: 'level', width: 60, render: (l: PersonChange['level']) => LEVEL_ZH[l] },
            { title: '地区', dataIndex: 'path', width: 220, ellipsis: true },
            { title: '姓名', dataIndex: 'name', width: 80 },
            { title: '内容', key: 'what', render: (_: unknown, c) => what(c) },
            { title: '行', dataIndex: 'row', width: 60, render: (r: number | null) => (r ? `第${r}行` : '') },
          ]}
        />
      )}
    </section>
  );
}
