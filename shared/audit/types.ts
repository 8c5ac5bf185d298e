export type AuditAction = 'create' | 'update' | 'deactivate' | 'activate' | 'delete' | 'login' | 'backup' | 'restore' | 'import' | 'sample';

export interface AuditEntry {
  id: number;
  at: number;
  operatorId: number | null;
  operatorName: string;
  entity: string;
  entityId: string | null;
  action: AuditAction;
  summary: string;
  before: unknown;
  after: unknown;
}

export const ENTITY_LABELS: Record<string, string> = {
  staff: '人员',
  settings: '设置',
  session: '操作员',
  backup: '备份',
  sample: '示例数据',
};

export const ACTION_LABELS: Record<AuditAction, string> = {
  create: '新增',
  update: '修改',
  deactivate: '停用',
  activate: '启用',
  delete: '删除',
  login: '切换操作员',
  backup: '备份',
  restore: '恢复',
  import: '导入',
  sample: '载入示例数据',
};
