export type AuditAction = 'create' | 'update' | 'deactivate' | 'activate' | 'delete' | 'login' | 'backup' | 'restore' | 'import' | 'sample'
  | 'acknowledge'
  | 'submit'
  | 'issue'
  | 'handover'
  | 'generate'
  | 'swap'
  | 'substitute'
  | 'lock'
  | 'unlock';

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
  calendar_year: '年度放假安排',
  calendar_day: '放假调休日',
  calendar_period: '重要时段',
  reminder: '提醒',
  reminder_rule: '提醒规则',
  dutylog: '值班日志',
  handover: '交接班',
  daily_report: '值班日报',
  report_unit: '报送单位',
  zero_report: '零报告',
  notice: '节假日通知',
  plan: '预案',
  plan_version: '预案版本',
  plan_stage: '预案环节',
  plan_drill: '预案演练',
  plan_evaluation: '预案评估',
  plan_attachment: '预案附件',
  plan_cycle: '预案期限设置',
  roster_day: '值班表',
  roster_generate: '生成排班',
  roster_leave: '请假/出差登记',
  roster_role: '值班岗位',
  roster_settings: '排班设置',
  list_year: '年度责任人名单',
  list_region: '名单地区',
  list_zone: '危险区',
  list_person: '责任人',
  list_import: '名单导入',
  list_call: '电话抽查',
  list_leader: '县级领导包保',
  list_work: '水库三个责任人',
  list_related_import: '包保/三个责任人导入',
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
  acknowledge: '确认提醒',
  submit: '上报',
  issue: '印发',
  handover: '交接班',
  generate: '生成排班',
  swap: '换班',
  substitute: '替班',
  lock: '锁定',
  unlock: '解锁',
};
