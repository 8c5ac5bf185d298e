import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { tabKeyTarget } from './tabKeys';
import './PageTabs.css';

export interface PageTab {
  key: string;
  label: ReactNode;
  children: ReactNode;
}

/**
 * A page's tabs, styled as antd's line tabs. Not antd's Tabs: those measure every tab on mount (a forced
 * layout of the whole page, then a second render), which cost the list page a tenth of its first render.
 * A tab's panel is rendered when first shown and kept (hidden) after, as antd does; `destroyOnHidden`
 * drops a panel when another tab is shown. Keys: ←/→ move to the previous/next tab and show it, Home/End
 * to the first/last (WAI-ARIA tabs pattern, automatic activation).
 */
export function PageTabs({ items, activeKey, onChange, destroyOnHidden = false }: { items: PageTab[]; activeKey: string; onChange: (key: string) => void; destroyOnHidden?: boolean }) {
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([activeKey]));
  if (!visited.has(activeKey)) setVisited(new Set([...visited, activeKey]));
  const current = Math.max(
    0,
    items.findIndex((t) => t.key === activeKey),
  );
  const onKeyDown = (e: KeyboardEvent) => {
    const to = tabKeyTarget(e.key, current, items.length);
    if (to === null) return;
    e.preventDefault();
    tabs.current[to]?.focus();
    if (to !== current) onChange(items[to]!.key);
  };
  return (
    <div className="page-tabs">
      <div role="tablist" className="page-tabs-bar" onKeyDown={onKeyDown}>
        {items.map((t, i) => {
          const active = t.key === activeKey;
          return (
            <button
              key={t.key}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${t.key}`}
              aria-selected={active}
              aria-controls={`${id}-panel-${t.key}`}
              tabIndex={active ? 0 : -1}
              className={active ? 'page-tab page-tab-active' : 'page-tab'}
              onClick={() => !active && onChange(t.key)}
            >
              {t.label}
            </button>
          );
        })}
      </div>
      {items.map((t) => {
        const active = t.key === activeKey;
        if (!active && (destroyOnHidden || !visited.has(t.key))) return null;
        return (
          <div key={t.key} role="tabpanel" id={`${id}-panel-${t.key}`} aria-labelledby={`${id}-tab-${t.key}`} hidden={!active} className="page-tabs-panel">
            {t.children}
          </div>
        );
      })}
    </div>
  );
}
