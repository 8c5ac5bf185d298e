import type { ApiError, InputOf, MethodName, OutputOf, PushEvent, Result } from '../../../shared/contract/index';

/** What the preload exposes in Electron; absent in the browser host. */
interface PreloadApi {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  on(listener: (e: PushEvent) => void): () => void;
}

declare global {
  interface Window {
    api?: PreloadApi;
  }
}

export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly field?: string;
  constructor(e: ApiError) {
    super(e.message);
    this.code = e.code;
    this.field = e.field;
  }
}

async function httpInvoke(method: string, input: unknown): Promise<Result<unknown>> {
  let res: Response;
  try {
    res = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: '无法连接后台服务，请确认程序仍在运行。' } };
  }
  try {
    return (await res.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `后台服务返回了无法识别的内容（HTTP ${res.status}）` } };
  }
}

function invoke(method: string, input: unknown): Promise<Result<unknown>> {
  return window.api ? window.api.invoke(method, input) : httpInvoke(method, input);
}

/** The same key for the same input, whatever the order of its fields (undefined fields left out). */
function keyOf(method: string, input: unknown): string {
  const o = (input ?? {}) as Record<string, unknown>;
  return `${method} ${JSON.stringify(Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]])))}`;
}

/** An early request is taken by the first call asking the same, if it comes soon (else it is stale). */
const EARLY_FOR_MS = 5_000;
const early = new Map<string, { at: number; result: Promise<Result<unknown>> }>();

/**
 * Send a query before any page code has loaded (main.tsx: the first screen's requests go out while its
 * chunks download); the page's own call for the same method and input then takes this answer.
 */
export function callEarly<K extends MethodName>(method: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const key = keyOf(method, input);
  const result = invoke(method, input);
  early.set(key, { at: Date.now(), result });
  void result.then((r) => {
    if (!r.ok) return;
    // Handed to the query cache, the answer is no longer one for a later call (a refetch) to take.
    const hand = (take: EarlyAnswer) => {
      if (early.get(key)?.result === result) early.delete(key);
      take(method, input, r.value);
    };
    if (takeAnswer) hand(takeAnswer);
    else answered.push(hand);
  });
  return result.then((r) => {
    if (!r.ok) throw new ApiCallError(r.error);
    return r.value as OutputOf<K>;
  });
}

type EarlyAnswer = (method: MethodName, input: unknown, value: unknown) => void;
const answered: ((take: EarlyAnswer) => void)[] = [];
let takeAnswer: EarlyAnswer | null = null;

/** The early requests' answers, those already come and those still to come (root.tsx puts them in the query cache). */
export function takeEarlyAnswers(take: EarlyAnswer): void {
  for (const hand of answered.splice(0)) hand(take);
  takeAnswer = take;
}

/** Call one contract method, fully typed; throws ApiCallError with a Chinese message. */
export async function call<K extends MethodName>(method: K, input: InputOf<K>): Promise<OutputOf<K>> {
  let pending: Promise<Result<unknown>> | undefined;
  if (early.size) {
    const key = keyOf(method, input);
    const e = early.get(key);
    early.delete(key);
    if (e && Date.now() - e.at < EARLY_FOR_MS) pending = e.result;
  }
  const r = await (pending ?? invoke(method, input));
  if (!r.ok) throw new ApiCallError(r.error);
  return r.value as OutputOf<K>;
}

/** Push events: IPC in Electron, Server-Sent Events in the browser host. */
export function onPush(listener: (e: PushEvent) => void): () => void {
  if (window.api) return window.api.on(listener);
  const es = new EventSource('./api/events');
  es.onmessage = (m) => {
    try {
      listener(JSON.parse(m.data as string) as PushEvent);
    } catch {
      /* ignore malformed event */
    }
  };
  return () => es.close();
}
