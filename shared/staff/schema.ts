import { z } from 'zod';
import { normalizePhone } from '../phone';

export const phoneSchema = z
  .string()
  .max(40, '电话号码过长')
  .superRefine((raw, ctx) => {
    const r = normalizePhone(raw);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
  });

export const staffFields = {
  name: z.string().trim().min(1, '姓名不能为空').max(20, '姓名最多20个字'),
  unit: z.string().trim().max(50, '单位/科室最多50个字').default(''),
  position: z.string().trim().max(30, '职务最多30个字').default(''),
  phones: z.array(phoneSchema).min(1, '至少填写一个联系电话').max(5, '最多5个电话'),
  canLead: z.boolean().default(false),
  canDuty: z.boolean().default(true),
  note: z.string().max(200, '备注最多200个字').default(''),
};

export const staffInputSchema = z.object(staffFields);
export type StaffInput = z.input<typeof staffInputSchema>;

export const STAFF_LABELS: Record<string, string> = {
  name: '姓名',
  unit: '单位/科室',
  position: '职务',
  phones: '联系电话',
  canLead: '可任带班领导',
  canDuty: '可任值班员',
  note: '备注',
  id: '人员编号',
  active: '在用',
};
