import { describe, expect, it, vi } from 'vitest';

// The store fetches pages through the API client; here every call is recorded and answered by hand.
const calls: { input: { offset: number; limit: number }; resolve: (v: unknown) => void }[] = [];
vi.mock('../../../renderer/src/api/client', () => ({
  call: (_method: string, input: { offset: number; limit: number }) => new Promise((resolve) => calls.push({ input, resolve })),
}));
const { PageStore, PAGE } = await import('../../../renderer/src/pages/lists/usePersonWindow');

const rowsOf = (offset: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: offset + i, name: `第${offset + i}人` }));

describe('PageStore (the persons table fetching pages ahead of its rows)', () => {
  it('fetches each page around the wanted rows once, and tells the rows when it is there', async () => {
    calls.length = 0;
    const store = new PageStore({ year: 2026, includeInactive: false }, rowsOf(0, PAGE) as never);
    const seen = vi.fn();
    store.subscribe(seen);
    store.want(0, PAGE + 10);
    expect(calls.map((c) => c.input.offset)).toEqual([PAGE]);
    store.want(PAGE - 5, 2 * PAGE + 1);
    expect(calls.map((c) => c.input.offset)).toEqual([PAGE, 2 * PAGE]);
    expect(store.get(PAGE + 3)).toBeUndefined();
    calls[0]!.resolve({ rows: rowsOf(PAGE, PAGE) });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(1));
    expect(store.get(PAGE + 3)).toMatchObject({ id: PAGE + 3 });
    store.want(PAGE, 2 * PAGE);
    expect(calls).toHaveLength(2);
  });

  it('a store over rows at hand (search results) never fetches', () => {
    calls.length = 0;
    const store = PageStore.of(rowsOf(0, 3) as never);
    store.want(0, 10 * PAGE);
    expect(calls).toHaveLength(0);
    expect(store.get(2)).toMatchObject({ id: 2 });
  });
});
