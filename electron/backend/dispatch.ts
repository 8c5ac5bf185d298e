import { contract, isMethodName, AppError, type ApiError, type Result } from '../../shared/contract/index';
import { describeIssue, useChineseZodMessages } from '../../shared/contract/zod-zh';
import type { Handlers, HandlerContext } from './types';

useChineseZodMessages();

/** Names shared by every area; each method adds its own (`labels` in its contract entry). */
const LABELS: Record<string, string> = {
  id: '编号',
  file: '备份文件',
  staffId: '人员',
  year: '年度',
  date: '日期',
  from: '开始日期',
  to: '结束日期',
  note: '备注',
  reason: '原因',
};

export interface DispatchDeps {
  handlers: Handlers;
  /** Builds the context for one call; throws AppError when the data file is unavailable. */
  context: () => HandlerContext;
  /** Whether the data file is usable; methods not marked `recovery` are refused otherwise. */
  available: () => boolean;
  /** Writes need a chosen operator unless this says the app is still being set up. */
  allowWithoutOperator: (method: string) => boolean;
  logError?: (method: string, e: unknown) => void;
}

/** Validate, call, wrap. The one entry point for the IPC bridge, the HTTP bridge and tests. */
export async function dispatch(deps: DispatchDeps, method: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) return fail({ code: 'unknown_method', message: `未知的接口：${method}` });
  const def = contract[method];
  if (!deps.available() && !def.recovery) {
    return fail({ code: 'database_unavailable', message: '数据文件当前不可用，请先在恢复页面处理。' });
  }
  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const { message, field } = describeIssue(parsed.error, { ...LABELS, ...(def.labels ?? {}) });
    return fail(field ? { code: 'invalid_input', message, field } : { code: 'invalid_input', message });
  }
  try {
    const ctx = deps.context();
    if (def.write && !ctx.operator && !deps.allowWithoutOperator(method)) {
      throw new AppError('no_operator', '请先选择当前操作员，再修改数据。');
    }
    const handler = deps.handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
    const inTransaction = def.write && !def.ownTransaction && !method.startsWith('system.');
    const value = inTransaction ? ctx.db.transaction(() => handler(parsed.data, ctx))() : await handler(parsed.data, ctx);
    if (value instanceof Promise) throw new Error(`handler ${method} must be synchronous inside a transaction`);
    // Only plain JSON crosses the boundary.
    return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
  } catch (e) {
    if (e instanceof AppError) return fail(e.toApiError());
    deps.logError?.(method, e);
    return fail({ code: 'internal', message: `操作未完成：程序内部错误（${method}）。数据未改动，请重试或联系维护人员。` });
  }
}

function fail(error: ApiError): Result<never> {
  return { ok: false, error };
}
