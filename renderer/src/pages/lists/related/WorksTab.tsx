import { useEffect, useState } from 'react';
import { Alert, App, Col, Form, Input, Modal, Row, Select, Table, Tag } from 'antd';
import type { WorkRow } from '../../../../../shared/contract/lists-related';
import { WORK_KINDS, WORK_ROLES, WORK_ROLE_ZH, WORK_SCALES, type RoleContact, type WorkKind, type WorkRole } from '../../../../../shared/lists/related';
import { useApi, useApiMutation } from '../../../api/hooks';
import { PhonesCell, phoneRule, splitPhoneText, useTownships } from './common';
import { RelatedToolbar } from './RelatedToolbar';
import { RowActions } from './RowActions';

type RoleValues = { name: string; position: string; phones: string };
interface Values {
  name: string;
  kind: WorkKind;
  townshipId: number | null;
  scale: string;
  admin: RoleValues;
  tech: RoleValues;
  patrol: RoleValues;
  note: string;
}

const ROLE_SHORT: Record<WorkRole, string> = { admin: '行政', tech: '技术', patrol: '巡查' };

function RoleCell({ c }: { c: RoleContact }) {
  if (!c.name) return <Tag color="orange">未落实</Tag>;
  return (
    <div>
      <div>
        <strong>{c.name}</strong> <span className="related-muted">{c.position}</span>
      </div>
      <PhonesCell phones={c.phones} />
    </div>
  );
}

/** 水库（重点工程）三个责任人: 行政、技术、巡查 per reservoir or key work. */
export function WorksTab({ year }: { year: number }) {
  const { message } = App.useApp();
  const list = useApi('lists.related.works', { year });
  const remove = useApiMutation('lists.related.deleteWork');
  const [editing, setEditing] = useState<WorkRow | 'new' | null>(null);
  const rows = list.data ?? [];
  const gaps = rows.filter((w) => WORK_ROLES.some((r) => !w[r].name || w[r].phones.length === 0)).length;
  return (
    <section aria-label="水库三个责任人" className="related-section">
      <RelatedToolbar kind="works" year={year} addLabel="新增工程" onAdd={() => setEditing('new')} />
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      {gaps > 0 && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={`${gaps}处工程的三个责任人未落实齐（缺人或缺电话）`} />}
      <Table<WorkRow>
        size="small"
        rowKey="id"
        loading={list.isPending}
        dataSource={rows}
        pagination={false}
        footer={() => <span data-testid="works-count">共 {rows.length} 处</span>}
        columns={[
          { title: '序号', key: 'i', width: 56, render: (_: unknown, _r, i) => i + 1 },
          { title: '工程名称', dataIndex: 'name', width: 120 },
          { title: '类型', dataIndex: 'kind', width: 70 },
          { title: '所在乡镇', dataIndex: 'township', width: 90 },
          { title: '规模', dataIndex: 'scale', width: 80 },
          ...WORK_ROLES.map((r) => ({ title: WORK_ROLE_ZH[r], key: r, render: (_: unknown, w: WorkRow) => <RoleCell c={w[r]} /> })),
          {
            title: '操作',
            key: 'ops',
            width: 120,
            render: (_: unknown, w) => (
              <RowActions
                name={w.name}
                confirmTitle={`删除 ${w.name} 的三个责任人？`}
                onEdit={() => setEditing(w)}
                onDelete={() => remove.mutate({ id: w.id }, { onSuccess: () => void message.success(`已删除 ${w.name}`), onError: (e) => void message.error(e.message) })}
              />
            ),
          },
        ]}
      />
      <WorkForm year={year} editing={editing} onClose={() => setEditing(null)} />
    </section>
  );
}

const emptyRole: RoleValues = { name: '', position: '', phones: '' };
const toRole = (c: RoleContact): RoleValues => ({ name: c.name, position: c.position, phones: c.phones.join('、') });
const fromRole = (v: RoleValues | undefined): RoleContact => ({ name: v?.name ?? '', position: v?.position ?? '', phones: splitPhoneText(v?.phones) });

function WorkForm({ year, editing, onClose }: { year: number; editing: WorkRow | 'new' | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('lists.related.saveWork');
  const townships = useTownships(year);
  useEffect(() => {
    if (editing === null) return;
    if (editing === 'new') form.setFieldsValue({ name: '', kind: '水库', townshipId: null, scale: '', admin: emptyRole, tech: emptyRole, patrol: emptyRole, note: '' });
    else form.setFieldsValue({ name: editing.name, kind: editing.kind, townshipId: editing.townshipId, scale: editing.scale, admin: toRole(editing.admin), tech: toRole(editing.tech), patrol: toRole(editing.patrol), note: editing.note });
  }, [editing, form]);
  if (editing === null) return null;
  const submit = (v: Values) => {
    save.mutate(
      {
        year,
        id: editing === 'new' ? undefined : editing.id,
        name: v.name,
        kind: v.kind,
        townshipId: v.townshipId ?? null,
        scale: v.scale ?? '',
        admin: fromRole(v.admin),
        tech: fromRole(v.tech),
        patrol: fromRole(v.patrol),
        note: v.note ?? '',
      },
      {
        onSuccess: (w) => {
          void message.success(`已保存 ${w.name}`);
          onClose();
        },
        onError: (e) => {
          const path = e.field?.split('.') ?? [];
          const name = path[0] && WORK_ROLES.includes(path[0] as WorkRole) ? [path[0], path[1] ?? 'name'] : path[0];
          if (name && ['name', 'kind', 'townshipId', 'scale', 'note', ...WORK_ROLES].includes(path[0]!)) form.setFields([{ name: name as never, errors: [e.message] }]);
          else void message.error(e.message);
        },
      },
    );
  };
  return (
    <Modal
      title={editing === 'new' ? '新增工程三个责任人' : `编辑三个责任人：${editing.name}`}
      open
      width={720}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="name" label="工程名称" rules={[{ required: true, whitespace: true, message: '请填写工程名称' }]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="kind" label="工程类型" rules={[{ required: true }]}>
              <Select options={WORK_KINDS.map((k) => ({ value: k, label: k }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="townshipId" label="所在乡镇">
              <Select allowClear options={townships} placeholder="选择乡镇" />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="scale" label="规模">
              <Select allowClear options={[{ value: '', label: '（不适用）' }, ...WORK_SCALES.map((s) => ({ value: s, label: s }))]} />
            </Form.Item>
          </Col>
        </Row>
        {WORK_ROLES.map((r) => (
          <Row gutter={12} key={r}>
            <Col span={6}>
              <Form.Item name={[r, 'name']} label={`${WORK_ROLE_ZH[r]}姓名`}>
                <Input maxLength={20} aria-label={`${ROLE_SHORT[r]}责任人姓名`} />
              </Form.Item>
            </Col>
            <Col span={9}>
              <Form.Item name={[r, 'position']} label="单位及职务">
                <Input maxLength={40} aria-label={`${ROLE_SHORT[r]}责任人职务`} />
              </Form.Item>
            </Col>
            <Col span={9}>
              <Form.Item name={[r, 'phones']} label="联系电话" rules={[phoneRule]}>
                <Input maxLength={200} aria-label={`${ROLE_SHORT[r]}责任人电话`} />
              </Form.Item>
            </Col>
          </Row>
        ))}
        <Form.Item name="note" label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
