import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { RelatedKind } from '../../../../../shared/lists/related';
import { call } from '../../../api/client';
import { downloadBase64 } from '../../../api/files';
import { RelatedImportDialog } from './RelatedImportDialog';
import './related.css';

/** 新增 / 导入Excel / 导出Excel above a related list. */
export function RelatedToolbar({ kind, year, addLabel, onAdd, extra }: { kind: RelatedKind; year: number; addLabel: string; onAdd: () => void; extra?: React.ReactNode }) {
  const { message } = App.useApp();
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const doExport = async () => {
    setExporting(true);
    try {
      const f = await call('lists.related.export', { year, kind });
      downloadBase64(f.name, f.mime, f.dataBase64);
      void message.success(`已导出“${f.name}”`);
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setExporting(false);
    }
  };
  return (
    <div className="related-toolbar">
      <Space wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
          {addLabel}
        </Button>
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
          导入Excel
        </Button>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void doExport()}>
          导出Excel
        </Button>
        {extra}
      </Space>
      <RelatedImportDialog kind={kind} year={year} open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
