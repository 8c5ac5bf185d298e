import { useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Modal, Radio, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { PreviewDay, RosterPreview } from '../../../../shared/contract/roster';
import { call, ApiCallError } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { monthBounds, monthLabel } from './labels';

type Mode = 'month' | 'period' | 'custom';

interface Range {
  from: string;
  to: string;
}

/** 生成排班: choose a month or a holiday/important period, preview the result and its warnings, then save. */
export function GenerateDialog({ month, onClose }: { month: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [mode, setMode] = useState<Mode>('month');
  const [periodKey, setPeriodKey] = useState<string | undefined>();
  const [custom, setCustom] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [onlyChanged, setOnlyChanged] = useState(true);
  const generate = useApiMutation('roster.generate');
  const year = Number(month.slice(0, 4));
  const periods = useApi('calendar.periods.list', { year });

  const range = (): Range | null => {
    if (mode === 'month') return monthBounds(month);
    if (mode === 'period') {
      const p = periods.data?.find((x) => x.key === periodKey);
      return p ? { from: p.from, to: p.to } : null;
    }
    return custom?.[0] && custom[1] ? { from: custom[0].format('YYYY-MM-DD'), to: custom[1].format('YYYY-MM-DD') } : null;
  };

  const runPreview = async () => {
    const r = range();
    if (!r) return setError('请先选择排班范围');
    setLoading(true);
    setError(null);
    try {
      setPreview(await call('roster.preview', r));
    } catch (e) {
      setPreview(null);
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  };

  const save = async () => {
    if (!preview) return;
    try {
      const r = await generate.mutateAsync({ from: preview.from, to: preview.to, fingerprint: preview.fingerprint });
      void message.success(`已保存排班：${r.from}至${r.to}，${r.changedDays}天有变化`);
      onClose();
    } catch (e) {
      setError((e as Error).message);
      if (e instanceof ApiCallError && e.field === 'fingerprint') setPreview(null);
    }
  };

  const rows = preview ? (onlyChanged ? preview.days.filter((d) => d.changed || d.kept) : preview.days) : [];
  return (
    <Modal
      open
      title="生成排班"
      width={980}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button onClick={() => void runPreview()} loading={loading}>
            预览
          </Button>
          <Button type="primary" disabled={!preview} loading={generate.isPending} onClick={() => void save()}>
            保存排班
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Radio.Group
          value={mode}
          onChange={(e) => {
            setMode(e.target.value as Mode);
            setPreview(null);
          }}
          options={[
            { value: 'month', label: `${monthLabel(month)}整月` },
            { value: 'period', label: '节假日或重要时段' },
            { value: 'custom', label: '自选日期' },
          ]}
        />
        {mode === 'period' && (
          <Select
            aria-label="节假日或重要时段"
            style={{ width: 420 }}
            value={periodKey}
            placeholder={`选择${year}年的节假日或重要时段`}
            onChange={(k: string) => {
              setPeriodKey(k);
              setPreview(null);
            }}
            options={(periods.data ?? []).map((p) => ({ value: p.key, label: `${p.name}（${p.from}至${p.to}）` }))}
          />
        )}
        {mode === 'custom' && (
          <DatePicker.RangePicker
            aria-label="排班日期"
            value={custom}
            onChange={(v) => {
              setCustom(v);
              setPreview(null);
            }}
          />
        )}
        <Typography.Text type="secondary">手工调整过或锁定的日期保持不变；接着上一段最后值班的人继续轮转，跳过请假、出差的人员。</Typography.Text>
        {error && <Alert type="error" showIcon title={error} />}
        {preview && <PreviewBody preview={preview} rows={rows} onlyChanged={onlyChanged} setOnlyChanged={setOnlyChanged} />}
      </Space>
    </Modal>
  );
}

function PreviewBody({ preview, rows, onlyChanged, setOnlyChanged }: { preview: RosterPreview; rows: PreviewDay[]; onlyChanged: boolean; setOnlyChanged: (v: boolean) => void }) {
  const summary = `${preview.from}至${preview.to}共${preview.days.length}天：${preview.changedDays}天将有变化${preview.keptDays ? `，保留手工调整或锁定的${preview.keptDays}天` : ''}${preview.emptySlots ? `，${preview.emptySlots}个班次无人可排` : ''}。确认无误后点“保存排班”。`;
  return (
    <div data-testid="roster-preview">
      <Alert type={preview.warnings.length ? 'warning' : 'info'} showIcon title={summary} style={{ marginBottom: 8 }} />
      {preview.warnings.length > 0 && (
        <Alert
          type="warning"
          title={`有${preview.warnings.length}条提示`}
          style={{ marginBottom: 8 }}
          description={
            <ul className="roster-warning-list" aria-label="排班提示">
              {preview.warnings.map((w) => (
                <li key={`${w.date}${w.role}${w.message}`}>{w.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <Checkbox checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)}>
        只看有变化或保留的日期
      </Checkbox>
      <Table<PreviewDay>
        size="small"
        rowKey="date"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={rows}
        aria-label="排班预览"
        rowClassName={(d) => (d.changed ? 'diff-changed' : '')}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '星期', dataIndex: 'weekday', width: 70 },
          { title: '类型', key: 'cat', width: 80, render: (_: unknown, d) => d.holidayName ?? (d.category === 'weekend' ? '周末' : '工作日') },
          ...preview.roles.map((r) => ({
            title: r.name,
            key: r.key,
            render: (_: unknown, d: PreviewDay) => {
              const before = d.before[r.key] ?? '';
              const after = d.after[r.key] ?? '';
              if (before === after) return after;
              return (
                <span>
                  {before && <del className="roster-before">{before}</del>} {after}
                </span>
              );
            },
          })),
          { title: '说明', key: 'note', width: 90, render: (_: unknown, d) => (d.kept ? '保留' : d.changed ? (Object.keys(d.before).length ? '变更' : '新排') : '') },
        ]}
      />
    </div>
  );
}
