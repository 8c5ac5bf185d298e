import { useState } from 'react';
import { App, Button, Input, Modal, Radio, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import type { CallListRow } from '../../../../shared/contract/lists';
import { CALL_RESULTS, CALL_RESULT_ZH, LEVEL_ZH, type CallResult, type PersonRow } from '../../../../shared/lists/types';
import { formatInstant } from '../../../../shared/time/civil';
import { useApi, useApiMutation } from '../../api/hooks';

type Filter = 'all' | 'never' | 'problems' | 'checked';

/** 电话抽查: the last check of each person, those never checked, a daily sample to call, and the call log. */
export function CallsTab({ year }: { year: number }) {
  const [filter, setFilter] = useState<Filter>('never');
  const [page, setPage] = useState(1);
  const [calling, setCalling] = useState<PersonRow | null>(null);
  const pageSize = 50;
  const list = useApi('lists.calls.list', { year, filter, offset: (page - 1) * pageSize, limit: pageSize });
  const sample = useApi('lists.calls.sample', { year, count: 10 });
  const c = list.data?.counts;
  return (
    <section aria-label="电话抽查">
      <Space size="large" style={{ marginBottom: 12 }}>
        <Statistic title="在册责任人" value={c?.persons ?? 0} />
        <Statistic title="已抽查" value={c?.checked ?? 0} />
        <Statistic title="从未抽查" value={c?.never ?? 0} />
        <Statistic title="最近一次未接通或号码错误" value={c?.problems ?? 0} styles={{ content: { color: c?.problems ? '#cf1322' : undefined } }} />
      </Space>
      {sample.data && sample.data.length > 0 && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text strong>今日建议抽查（从未抽查的人中抽取）：</Typography.Text>
          <Space wrap size={4}>
            {sample.data.map((p) => (
              <Button key={p.id} size="small" icon={<PhoneOutlined />} onClick={() => setCalling(p)}>
                {p.name}
              </Button>
            ))}
          </Space>
        </div>
      )}
      <Segmented<Filter>
        value={filter}
        onChange={(v) => (setFilter(v), setPage(1))}
        options={[
          { value: 'never', label: '从未抽查' },
          { value: 'problems', label: '未接通/号码错误' },
          { value: 'checked', label: '已抽查' },
          { value: 'all', label: '全部' },
        ]}
        style={{ marginBottom: 8 }}
      />
      <Table<CallListRow>
        size="small"
        rowKey={(r) => r.person.id}
        loading={list.isPending}
        dataSource={list.data?.rows ?? []}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (t) => `共 ${t} 人` }}
        columns={[
          { title: '层级', key: 'level', width: 70, render: (_: unknown, r) => LEVEL_ZH[r.person.level] },
          { title: '姓名', key: 'name', width: 90, render: (_: unknown, r) => r.person.name },
          { title: '地区', key: 'path', render: (_: unknown, r) => r.person.regionPath || '县级' },
          { title: '联系电话', key: 'phones', width: 200, render: (_: unknown, r) => r.person.phones.join('、') || <Tag color="red">无电话</Tag> },
          {
            title: '最近抽查',
            key: 'last',
            width: 260,
            render: (_: unknown, r) =>
              r.last ? (
                <>
                  <Tag color={r.last.result === 'answered' ? 'green' : 'red'}>{CALL_RESULT_ZH[r.last.result]}</Tag>
                  {formatInstant(r.last.at)} {r.last.note}
                </>
              ) : (
                <Typography.Text type="secondary">从未抽查</Typography.Text>
              ),
          },
          {
            title: '',
            key: 'act',
            width: 80,
            render: (_: unknown, r) => (
              <Button size="small" disabled={r.person.phones.length === 0} onClick={() => setCalling(r.person)}>
                记录
              </Button>
            ),
          },
        ]}
      />
      {list.data && list.data.recent.length > 0 && (
        <>
          <Typography.Title level={5}>最近的抽查记录</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={list.data.recent}
            columns={[
              { title: '时间', dataIndex: 'at', width: 150, render: (v: number) => formatInstant(v) },
              { title: '责任人', dataIndex: 'personName', width: 90 },
              { title: '号码', dataIndex: 'phone', width: 130 },
              { title: '结果', dataIndex: 'result', width: 90, render: (v: CallResult) => <Tag color={v === 'answered' ? 'green' : 'red'}>{CALL_RESULT_ZH[v]}</Tag> },
              { title: '说明', dataIndex: 'note' },
              { title: '抽查人', dataIndex: 'operatorName', width: 90 },
            ]}
          />
        </>
      )}
      <CallDialog person={calling} onClose={() => setCalling(null)} />
    </section>
  );
}

function CallDialog({ person, onClose }: { person: PersonRow | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [result, setResult] = useState<CallResult>('answered');
  const [phone, setPhone] = useState<string>('');
  const [note, setNote] = useState('');
  const record = useApiMutation('lists.calls.record');
  if (!person) return null;
  const number = phone || person.phones[0] || '';
  const save = () =>
    record.mutate(
      { personId: person.id, result, phone: number, note },
      {
        onSuccess: () => {
          void message.success(`已记录对 ${person.name} 的抽查：${CALL_RESULT_ZH[result]}`);
          setNote('');
          setPhone('');
          setResult('answered');
          onClose();
        },
        onError: (e) => void message.error(e.message),
      },
    );
  return (
    <Modal title={`电话抽查：${person.name}`} open onCancel={onClose} onOk={save} okText="记录" cancelText="取消" confirmLoading={record.isPending} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          {LEVEL_ZH[person.level]}责任人 · {person.regionPath || '县级'} {person.position}
        </Typography.Text>
        <Radio.Group aria-label="拨打号码" value={number} onChange={(e) => setPhone(e.target.value as string)} options={person.phones.map((p) => ({ value: p, label: p }))} />
        <Radio.Group aria-label="抽查结果" value={result} onChange={(e) => setResult(e.target.value as CallResult)} options={CALL_RESULTS.map((r) => ({ value: r, label: CALL_RESULT_ZH[r] }))} />
        <Input.TextArea aria-label="说明" rows={2} maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} placeholder="如：本人接听，熟悉职责；或：关机、空号" />
      </Space>
    </Modal>
  );
}
