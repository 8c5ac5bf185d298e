import { Button, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';

/** The 公示日期 popover's content (YearBar.tsx): pick the date the list was published, or take it back. */
export function PublishDate({ published, onChange }: { published: string | null; onChange: (published: string | null) => void }) {
  return (
    <Space orientation="vertical">
      <DatePicker aria-label="公示日期" defaultValue={published ? dayjs(published) : undefined} onChange={(d) => d && onChange(d.format('YYYY-MM-DD'))} />
      {published && (
        <Button size="small" onClick={() => onChange(null)}>
          撤销公示日期
        </Button>
      )}
    </Space>
  );
}
