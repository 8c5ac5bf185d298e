import type { z } from 'zod';

/** One API method: its zod input schema and (phantom) output type. */
export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Changes data (audited, pushes a `changed` event). */
  write: boolean;
  /** Still callable while the data file is damaged or from a newer version. */
  recovery?: boolean;
  /** Only a phantom for the output type; never read at run time. */
  readonly _output?: O;
}

/** `method(z.object(...)).returns<Staff[]>()`: the output type is given, the input inferred. */
export function query<I extends z.ZodType>(input: I, opts: { recovery?: boolean } = {}) {
  return { returns: <O>(): MethodDef<I, O> => ({ input, write: false, ...opts }) };
}

export function command<I extends z.ZodType>(input: I, opts: { recovery?: boolean } = {}) {
  return { returns: <O>(): MethodDef<I, O> => ({ input, write: true, ...opts }) };
}
