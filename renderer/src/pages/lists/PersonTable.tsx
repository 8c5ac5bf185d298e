import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import type { PersonRow } from '../../../../shared/lists/types';
import { useSlot, type PageStore } from './usePersonWindow';

export interface PersonColumn {
  key: string;
  title: string;
  /** A CSS grid track, e.g. `56px` or `minmax(200px, 2fr)`. */
  width: string;
  render: (p: PersonRow) => ReactNode;
  /** The cell's tooltip (the full text of a cut-off cell). */
  hint?: (p: PersonRow) => string;
}

/** Every row has this height: the window of rows on screen is plain arithmetic. */
export const ROW_HEIGHT = 36;
const HEIGHT = 520;
/** Rows rendered beyond the visible ones, above and below. */
const OVERSCAN = 8;
/**
 * Rows fetched beyond the rendered ones, above and below: half a page, so the next page is asked for
 * well before its rows come into view (a fast scroll covers 3 rows a frame; a page takes a few frames).
 */
const PREFETCH = 100;

/**
 * One row: its own subscription to the page store, so a page arriving re-renders only the rows showing
 * it; memoised, so scrolling mounts the rows coming into view and leaves the others alone.
 */
const Row = memo(function Row({ store, index, columns, grid }: { store: PageStore; index: number; columns: readonly PersonColumn[]; grid: string }) {
  const p = useSlot(store, index);
  return (
    <div role="row" aria-rowindex={index + 2} className={p && !p.active ? 'lists-vrow lists-inactive' : 'lists-vrow'} style={{ top: index * ROW_HEIGHT, gridTemplateColumns: grid }}>
      {columns.map((c, i) => (
        <div role="cell" key={c.key} className="lists-vcell" title={p && c.hint ? c.hint(p) : undefined}>
          {p ? c.render(p) : i === 0 ? <span className="lists-pending">加载中…</span> : null}
        </div>
      ))}
    </div>
  );
});

/**
 * The persons' virtual table: a fixed row height, only the rows in view (and a few more) in the page,
 * rows fetched page by page as they come into view. Replaces antd's virtual Table, whose every scroll
 * tick re-rendered every visible cell.
 */
export function PersonTable({
  store,
  count,
  columns,
  loading,
  emptyText,
  resetKey,
}: {
  store: PageStore;
  count: number;
  columns: readonly PersonColumn[];
  loading: boolean;
  emptyText: string;
  /** Back to the top when this changes (another place, level or search). */
  resetKey: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [first, setFirst] = useState(0);
  // Not on mount (the table starts at the top): setting scrollTop forces a layout of the page, before
  // the first rows have even been painted.
  const shownKey = useRef(resetKey);
  useEffect(() => {
    if (shownKey.current === resetKey) return;
    shownKey.current = resetKey;
    // The scroll event that follows brings `first` back to 0.
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey]);
  const grid = columns.map((c) => c.width).join(' ');
  const visible = Math.ceil(HEIGHT / ROW_HEIGHT);
  const from = Math.max(0, first - OVERSCAN);
  const to = Math.min(count, first + visible + OVERSCAN);
  useEffect(() => {
    if (!loading) store.want(Math.max(0, from - PREFETCH), Math.min(count, to + PREFETCH));
  }, [store, loading, from, to, count]);
  const rows: ReactNode[] = [];
  for (let i = from; i < to; i++) rows.push(<Row key={i} store={store} index={i} columns={columns} grid={grid} />);
  return (
    <div
      ref={scroller}
      className="lists-vtable"
      role="table"
      aria-label="责任人名单"
      aria-rowcount={count + 1}
      aria-busy={loading || undefined}
      style={{ height: HEIGHT }}
      // Only a change of the first row on screen renders anything.
      onScroll={(e) => setFirst(Math.floor(e.currentTarget.scrollTop / ROW_HEIGHT))}
    >
      <div role="row" aria-rowindex={1} className="lists-vhead" style={{ gridTemplateColumns: grid }}>
        {columns.map((c) => (
          <div role="columnheader" key={c.key} className="lists-vcell">
            {c.title}
          </div>
        ))}
      </div>
      {loading ? (
        <div className="lists-vstate" role="status">
          加载中…
        </div>
      ) : count === 0 ? (
        <div className="lists-vstate">{emptyText}</div>
      ) : (
        <div role="rowgroup" className="lists-vbody" style={{ height: count * ROW_HEIGHT }}>
          {rows}
        </div>
      )}
    </div>
  );
}
