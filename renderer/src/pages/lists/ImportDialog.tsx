import { useRef, useState } from 'react';
import { Alert, App, Button, Checkbox, Modal, Radio, Select, Space, Spin, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import type { ImportPreview } from '../../../../shared/contract/lists';
import type { ColumnTarget } from '../../../../shared/lists/columns';
import { call } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { readWorkbookFile } from './files';
import { MappingTable } from './MappingTable';
import { IssueTable } from './IssueTable';
import { DiffPreview } from './DiffPreview';

type Scope = 'township' | 'village' | 'none';

interface Params {
  sheet?: number;
  mapping?: (ColumnTarget | null)[];
  township?: string;
  createRegions: boolean;
  deleteScope: Scope;
}

/**
 * 导入Excel: choose the file → check the column mapping (correct it; it is remembered) → see every
 * row's problems → preview 新增/变更/删除 per level → import in one transaction (after a backup).
 */
export function ImportDialog({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [params, setParams] = useState<Params>({ createRegions: false, deleteScope: 'township' });
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [edited, setEdited] = useState<(ColumnTarget | null)[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [skip, setSkip] = useState(false);
  const commit = useApiMutation('lists.import.commit');

  const reset = () => {
    setFile(null);
    setPreview(null);
    setEdited(null);
    setProblem(null);
    setSkip(false);
    setParams({ createRegions: false, deleteScope: 'township' });
    if (input.current) input.current.value = '';
  };
  const close = () => {
    reset();
    onClose();
  };

  const run = async (f: { name: string; data: string }, p: Params) => {
    setLoading(true);
    setProblem(null);
    try {
      const r = await call('lists.import.preview', { year, fileName: f.name, dataBase64: f.data, ...p });
      setPreview(r);
      setEdited(null);
    } catch (e) {
      setPreview(null);
      setProblem((e as Error).message);
    } finally {
      setLoading(false);
    }
  };

  const choose = async (files: FileList | null) => {
    const chosen = files?.[0];
    if (!chosen) return;
    try {
      const data = await readWorkbookFile(chosen);
      const f = { name: chosen.name, data };
      const p: Params = { createRegions: false, deleteScope: 'township' };
      setFile(f);
      setParams(p);
      setSkip(false);
      await run(f, p);
    } catch (e) {
      setProblem((e as Error).message);
    }
  };

  const change = (patch: Partial<Params>) => {
    const p = { ...params, ...patch, ...(edited ? { mapping: edited } : {}) };
    setParams(p);
    if (file) void run(file, p);
  };

  const doImport = () => {
    if (!file || !preview) return;
    commit.mutate(
      { year, fileName: file.name, dataBase64: file.data, ...params, skipErrorRows: skip, rememberMapping: true },
      {
        onSuccess: (r) => {
          void message.success(`导入完成：${r.text}${r.skippedRows ? `，跳过有错误的${r.skippedRows}行` : ''}${r.backup ? '（导入前已备份）' : ''}`);
          close();
        },
        onError: (e) => setProblem(e.message),
      },
    );
  };

  const canImport = !!preview && preview.problem === null && (preview.errors === 0 || skip) && !edited && !loading;
  const noTownship = preview?.notes.some((n) => n.startsWith('没有“乡镇”列')) || (preview && !preview.columns.some((c) => c.target === 'township') && params.township);

  return (
    <Modal
      title="导入责任人名单"
      open={open}
      width={1120}
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
      <Space wrap style={{ marginBottom: 12 }}>
        <input ref={input} type="file" accept=".xlsx" aria-label="选择Excel文件" style={{ display: 'none' }} onChange={(e) => void choose(e.target.files)} />
        <Button icon={<FileExcelOutlined />} onClick={() => input.current?.click()}>
          {file ? '换一个文件…' : '选择Excel文件…'}
        </Button>
        {file && <Typography.Text strong>{file.name}</Typography.Text>}
        {preview && preview.sheets.length > 1 && (
          <Select
            aria-label="工作表"
            value={preview.sheet}
            style={{ width: 200 }}
            onChange={(sheet: number) => change({ sheet, mapping: undefined })}
            options={preview.sheets.map((s) => ({ value: s.index, label: `${s.name}（${s.rows}行）` }))}
          />
        )}
      </Space>
      {!file && !problem && <Alert type="info" showIcon title={`导入${year}年名单：可直接选择各乡镇报来的Excel文件（标题行、两行表头、合并单元格、合计行、制表人行都能识别）。`} />}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Spin spinning={loading}>
        {preview && (
          <>
            <MappingTable
              preview={preview}
              mapping={edited ?? preview.columns.map((c) => c.target)}
              dirty={edited !== null}
              onChange={(m) => setEdited(m)}
              onApply={() => {
                const p = { ...params, mapping: edited ?? undefined };
                setParams(p);
                if (file) void run(file, p);
              }}
            />
            {noTownship && (
              <Space style={{ margin: '8px 0' }}>
                <Typography.Text>本文件所属乡镇：</Typography.Text>
                <Select aria-label="本文件所属乡镇" style={{ width: 180 }} value={params.township} onChange={(township: string) => change({ township })} options={preview.townships.map((t) => ({ value: t, label: t }))} />
              </Space>
            )}
            {preview.problem === null && (
              <>
                <IssueTable preview={preview} />
                <section aria-label="导入选项" className="lists-import-options">
                  <Checkbox checked={params.createRegions} onChange={(e) => change({ createRegions: e.target.checked })}>
                    自动新建名单中没有的地区
                  </Checkbox>
                  <Space>
                    <Typography.Text>文件中没有的人：</Typography.Text>
                    <Radio.Group
                      value={params.deleteScope}
                      onChange={(e) => change({ deleteScope: e.target.value as Scope })}
                      options={[
                        { value: 'township', label: '在文件所涉乡镇内删除' },
                        { value: 'village', label: '只在文件所涉村内删除' },
                        { value: 'none', label: '不删除' },
                      ]}
                    />
                  </Space>
                  {preview.errors > 0 && (
                    <Checkbox checked={skip} onChange={(e) => setSkip(e.target.checked)}>
                      跳过有错误的{preview.errorRows}行，只导入其余各行
                    </Checkbox>
                  )}
                </section>
                <DiffPreview preview={preview} skipping={skip && preview.errors > 0} />
              </>
            )}
          </>
        )}
      </Spin>
    </Modal>
  );
}
