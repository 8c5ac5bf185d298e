import { useRef, useState } from 'react';
import { Alert, App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { formatSize } from '../../../../shared/plans/index';
import { formatInstant } from '../../../../shared/time/civil';
import type { Attachment, AttachmentState, PlanVersionView } from '../../../../shared/contract/plans';
import { useApi, useApiMutation } from '../../api/hooks';
import { call } from '../../api/client';
import { readAsBase64, saveBase64 } from './files';

const STATE_TAGS: Record<AttachmentState, { color: string; text: string }> = {
  ok: { color: 'green', text: '完好' },
  missing: { color: 'red', text: '文件丢失' },
  altered: { color: 'red', text: '文件被改动' },
};

/** Attachments (docx, pdf, images): stored in the data folder under their content hash, checked on every listing. */
export function AttachmentsSection({ planId, versions }: { planId: number; versions: PlanVersionView[] }) {
  const canOpen = useApi('system.status', {}).data?.desktop.openFiles === true;
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const list = useApi('plans.attachments.list', { planId });
  const add = useApiMutation('plans.attachments.add');
  const remove = useApiMutation('plans.attachments.remove');
  const problems = (list.data ?? []).filter((a) => a.state !== 'ok');

  const upload = async (files: FileList | null) => {
    if (!files?.length) return;
    setUploading(true);
    for (const file of Array.from(files)) {
      try {
        const dataBase64 = await readAsBase64(file);
        const r = await add.mutateAsync({ planId, versionId: versions[0]?.id ?? null, name: file.name, dataBase64 });
        const elsewhere = r.sameContentElsewhere.map((x) => `《${x.planName}》的“${x.name}”`).join('、');
        if (elsewhere) void message.warning(`已上传 ${r.attachment.name}；注意：与${elsewhere}内容相同`);
        else void message.success(`已上传 ${r.attachment.name}`);
      } catch (e) {
        void message.error((e as Error).message);
      }
    }
    setUploading(false);
    if (input.current) input.current.value = '';
  };

  const open = async (a: Attachment) => {
    try {
      await call('plans.attachments.open', { attachmentId: a.id });
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  const download = async (a: Attachment) => {
    try {
      const f = await call('plans.attachments.download', { attachmentId: a.id });
      saveBase64(f.name, f.mime, f.dataBase64);
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  return (
    <section aria-label="附件">
      <h3 className="plan-section">
        附件
        <Button size="small" icon={<UploadOutlined />} loading={uploading} onClick={() => input.current?.click()}>
          上传附件
        </Button>
        <input ref={input} type="file" multiple hidden aria-label="选择附件文件" onChange={(e) => void upload(e.target.files)} />
      </h3>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={`${problems.length}个附件的文件有问题：${problems.map((a) => `“${a.name}”${STATE_TAGS[a.state].text}`).join('，')}。请重新上传原件。`}
        />
      )}
      <Table<Attachment>
        size="small"
        rowKey="id"
        pagination={false}
        loading={list.isPending}
        dataSource={list.data ?? []}
        locale={{ emptyText: '尚无附件（可上传 docx、pdf、图片，单个不超过20 MB）' }}
        columns={[
          { title: '文件名', dataIndex: 'name', render: (n: string) => <span className="file-name">{n}</span> },
          { title: '版本', dataIndex: 'versionSeq', width: 64, render: (s: number | null) => (s ? `第${s}版` : '—') },
          { title: '大小', dataIndex: 'size', width: 90, render: (s: number) => formatSize(s) },
          { title: '上传时间', dataIndex: 'addedAt', width: 140, render: (t: number) => formatInstant(t) },
          { title: '上传人', dataIndex: 'addedBy', width: 80 },
          { title: '状态', dataIndex: 'state', width: 100, render: (s: AttachmentState) => <Tag color={STATE_TAGS[s].color}>{STATE_TAGS[s].text}</Tag> },
          {
            title: '',
            key: 'op',
            width: canOpen ? 160 : 120,
            render: (_: unknown, a) => (
              <Space size={0}>
                {canOpen && (
                  <Button size="small" type="link" disabled={a.state !== 'ok'} onClick={() => void open(a)}>
                    打开
                  </Button>
                )}
                <Button size="small" type="link" disabled={a.state !== 'ok'} onClick={() => void download(a)}>
                  下载
                </Button>
                <Popconfirm title={`删除附件“${a.name}”？`} okText="删除" cancelText="取消" onConfirm={() => remove.mutate({ attachmentId: a.id }, { onError: (e) => void message.error(e.message) })}>
                  <Button size="small" type="link" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </section>
  );
}
