/** What shows while a page's code loads: plain HTML, so it needs nothing else to have loaded. */
export function Loading() {
  return (
    <div className="app-loading" role="status" aria-live="polite">
      正在加载…
    </div>
  );
}
