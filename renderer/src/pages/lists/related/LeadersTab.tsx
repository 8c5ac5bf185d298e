import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, Modal, Select, Table, Typography } from 'antd';
import type { LeaderRow } from '../../../../../shared/contract/lists-related';
import { useApi, useApiMutation } from '../../../api/hooks';
import { PhonesCell, phoneRule, splitPhoneText, useTownships } from './common';
import { RelatedToolbar } from './RelatedToolbar';
import { RowActions } from './RowActions';

interface Values {
  name: string;
  position: string;
  phones: string;
  townshipIds: number[];
  works: string[];
  note: string;
}

/** 县级领导包保: county leaders, each assigned to townships and/or works. */
export function LeadersTab({ year }: { year: number }) {
  const { message } = App.useApp();
  const list = useApi('lists.related.leaders', { year });
  const remove = useApiMutation('lists.related.deleteLeader');
  const [editing, setEditing] = useState<LeaderRow | 'new' | null>(null);
  const rows = list.data ?? [];
  const uncovered = useUncovered(year, rows);
  return (
    <section aria-label="县级领导包保" className="related-section">
      <RelatedToolbar kind="leaders" year={year} addLabel="新增包保领导" onAdd={() => setEditing('new')} />
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      {uncovered.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={`尚无县级领导包保的乡镇：${uncovered.join('、')}`} />}
      <Table<LeaderRow>
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={rows}
        pagination={false}
        footer={() => <span data-testid="leaders-count">共 {rows.length} 人</span>}
        columns={[
          { title: '序号', key: 'i', width: 56, render: (_: unknown, _r, i) => i + 1 },
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '职务', dataIndex: 'position', width: 180 },
          { title: '联系电话', key: 'phones', width: 200, render: (_: unknown, r) => <PhonesCell phones={r.phones} /> },
          { title: '包保乡镇', key: 'townships', render: (_: unknown, r) => r.townships.join('、') },
          { title: '包保工程', key: 'works', render: (_: unknown, r) => r.works.join('、') },
          { title: '备注', dataIndex: 'note', width: 120 },
          {
            title: '操作',
            key: 'ops',
            width: 120,
            render: (_: unknown, r) => (
              <RowActions
                name={r.name}
                confirmTitle={`删除包保领导 ${r.name}？`}
                onEdit={() => setEditing(r)}
                onDelete={() => remove.mutate({ id: r.id }, { onSuccess: () => void message.success(`已删除 ${r.name}`), onError: (e) => void message.error(e.message) })}
              />
            ),
          },
        ]}
      />
      <LeaderForm year={year} editing={editing} onClose={() => setEditing(null)} />
    </section>
  );
}

function useUncovered(year: number, rows: LeaderRow[]): string[] {
  const townships = useTownships(year);
  const covered = new Set(rows.flatMap((r) => r.townshipIds));
  return rows.length ? townships.filter((t) => !covered.has(t.value)).map((t) => t.label) : [];
}

function LeaderForm({ year, editing, onClose }: { year: number; editing: LeaderRow | 'new' | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('lists.related.saveLeader');
  const townships = useTownships(year);
  useEffect(() => {
    if (editing === null) return;
    if (editing === 'new') form.setFieldsValue({ name: '', position: '', phones: '', townshipIds: [], works: [], note: '' });
    else form.setFieldsValue({ name: editing.name, position: editing.position, phones: editing.phones.join('、'), townshipIds: editing.townshipIds, works: editing.works, note: editing.note });
  }, [editing, form]);
  if (editing === null) return null;
  const submit = (v: Values) => {
    save.mutate(
      { year, id: editing === 'new' ? undefined : editing.id, name: v.name, position: v.position ?? '', phones: splitPhoneText(v.phones), townshipIds: v.townshipIds ?? [], works: v.works ?? [], note: v.note ?? '' },
      {
        onSuccess: (l) => {
          void message.success(`已保存 ${l.name}`);
          onClose();
        },
        onError: (e) => {
          const f = e.field?.split('.')[0];
          if (f && ['name', 'phones', 'townshipIds', 'works', 'position', 'note'].includes(f)) form.setFields([{ name: f as keyof Values, errors: [e.message] }]);
          else void message.error(e.message);
        },
      },
    );
  };
  return (
    <Modal
      title={editing === 'new' ? '新增包保领导' : `编辑包保领导：${editing.name}`}
      open
      width={560}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="position" label="职务">
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="phones" label="联系电话" extra="多个电话用“、”分隔，手机或带区号的座机" rules={[phoneRule]} validateTrigger={['onChange', 'onBlur']}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="townshipIds" label="包保乡镇">
          <Select mode="multiple" options={townships} placeholder="选择乡镇（街道）" optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="works" label="包保工程" extra="水库、堤防、山洪沟等名称，输入后按回车">
          <Select mode="tags" open={false} tokenSeparators={['、', ',', '，']} placeholder="如 青山水库" />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">包保乡镇取自本年度责任人名单的地区树。</Typography.Text>
    </Modal>
  );
}
