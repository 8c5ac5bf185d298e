import { Button, Popconfirm, Space } from 'antd';

/** 编辑 / 删除 (asks first) for one row of a related list. */
export function RowActions({ name, confirmTitle, onEdit, onDelete }: { name: string; confirmTitle: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit} aria-label={`编辑${name}`}>
        编辑
      </Button>
      <Popconfirm title={confirmTitle} okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={onDelete}>
        <Button type="link" size="small" danger aria-label={`删除${name}`}>
          删除
        </Button>
      </Popconfirm>
    </Space>
  );
}
