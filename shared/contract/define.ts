import type { z } from 'zod';

/** One API method: its zod input schema and (phantom) output type. */
export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Changes data (audited, pushes a `changed` event). */
  write: boolean;
  /** Still callable while the data file is damaged or from a newer version. */
  recovery?: boolean;
  /** Chinese names of this method's input fields, for error messages (`phones.1` → 联系电话). */
  labels?: Record<string, string>;
  /**
   * A write that dispatch does not wrap in a transaction: the handler does something that cannot run
   * inside one first (a backup: VACUUM INTO), then opens its own transaction for the change.
   */
  ownTransaction?: boolean;
  /** Only a phantom for the output type; never read at run time. */
  readonly _output?: O;
}

/** `method(z.object(...)).returns<Staff[]>()`: the output type is given, the input inferred. */
export interface MethodOptions {
  recovery?: boolean;
  labels?: Record<string, string>;
  ownTransaction?: boolean;
}

export function query<I extends z.ZodType>(input: I, opts: MethodOptions = {}) {
  return { returns: <O>(): MethodDef<I, O> => ({ input, write: false, ...opts }) };
}

export function command<I extends z.ZodType>(input: I, opts: MethodOptions = {}) {
  return { returns: <O>(): MethodDef<I, O> => ({ input, write: true, ...opts }) };
}

/** Give every method of an area the Chinese names of its input fields (for error messages). */
export function withLabels<T extends Record<string, MethodDef>>(methods: T, labels: Record<string, string>): T {
  const out: Record<string, MethodDef> = {};
  for (const [name, def] of Object.entries(methods)) out[name] = { ...def, labels: { ...labels, ...(def.labels ?? {}) } };
  return out as T;
}
