import { Suspense, lazy, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Popover, Select, Space, Spin, Tag, Typography } from 'antd';
import { CloudUploadOutlined, DownloadOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import type { ListsOverview } from '../../../../shared/contract/lists';
import { call } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { downloadBase64 } from './files';
import { useOpenedOnce } from '../../components/useOpenedOnce';

// Loaded when first opened, not on the first screen: the import dialog (upload, mapping and diff tables),
// and the publication date's picker (the date picker and its calendar panels).
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));
const PublishDate = lazy(() => import('./PublishDate').then((m) => ({ default: m.PublishDate })));

/** The year picker, its publication date, and the year's actions (import, export, print). */
/** `fiveLevel`: the five-level list's own actions (import, export, 公示表) are shown; the related lists' tabs have theirs. */
export function YearBar({ overview, year, onYear, onCreate, fiveLevel = true }: { overview: ListsOverview; year: number; onYear: (y: number) => void; onCreate: () => void; fiveLevel?: boolean }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const info = overview.years.find((y) => y.year === year)!;
  const publish = useApiMutation('lists.years.publish');
  const [importing, setImporting] = useState(false);
  const importMounted = useOpenedOnce(importing);
  const [exporting, setExporting] = useState(false);
  const [pubOpen, setPubOpen] = useState(false);

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const f = await call('lists.export', { year });
      downloadBase64(f.name, f.mime, f.dataBase64);
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setExporting(false);
    }
  };

  const setPublished = (published: string | null) =>
    publish.mutate(
      { year, published },
      {
        onSuccess: () => {
          setPubOpen(false);
          void message.success(published ? `已记录公示日期 ${published}` : '已撤销公示日期');
        },
        onError: (e) => void message.error(e.message),
      },
    );

  return (
    <>
      {year === overview.currentYear && overview.stale.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={overview.stale.join('；')} />
      )}
      <Space wrap style={{ marginBottom: 12 }} className="lists-yearbar">
        <Select
          aria-label="名单年度"
          value={year}
          style={{ width: 130 }}
          onChange={onYear}
          options={overview.years.map((y) => ({ value: y.year, label: `${y.year}年名单` }))}
        />
        <Typography.Text>
          {info.countyName} · 在册 <b>{info.persons}</b> 人{info.copiedFrom ? ` · 复制自${info.copiedFrom}年` : ''}
        </Typography.Text>
        <Popover
          open={pubOpen}
          onOpenChange={setPubOpen}
          trigger="click"
          title="公示日期"
          content={
            <Suspense fallback={<Spin size="small" />}>
              <PublishDate published={info.published} onChange={setPublished} />
            </Suspense>
          }
        >
          {info.published ? <Tag color="green" style={{ cursor: 'pointer' }}>已公示 {info.published}</Tag> : <Tag color="orange" style={{ cursor: 'pointer' }}>未公示（点此记录公示日期）</Tag>}
        </Popover>
        {fiveLevel && (
          <>
            <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setImporting(true)}>
              导入Excel
            </Button>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
              导出Excel
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/lists/print?year=${year}`)}>
              打印公示表
            </Button>
          </>
        )}
        <Button icon={<PlusOutlined />} onClick={onCreate}>
          新建年度名单
        </Button>
      </Space>
      {importMounted && (
        <Suspense>
          <ImportDialog open={importing} year={year} onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </>
  );
}
