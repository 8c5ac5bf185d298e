import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Loading } from './shell/Loading';
import { FULL_APP, ROSTER_PRINT } from './pages';
import { lazyChunk } from './lazyChunk';
import { takeEarlyAnswers } from './api/client';
import { queryKeyOf } from './api/hooks';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

// Two chunks below this one: the print view of the roster (plain HTML, no antd) and the app with its
// shell (antd); each page of the app is a chunk of its own (pages.ts).
const FullApp = lazyChunk(FULL_APP);
const RosterPrint = lazyChunk(ROSTER_PRINT);

// The answers to the requests main.tsx sent early: the first screen renders with them, not a spinner.
takeEarlyAnswers((method, input, value) => {
  const key = queryKeyOf(method, input);
  if (queryClient.getQueryData(key) === undefined) queryClient.setQueryData(key, value);
});

/** Render the app (main.tsx calls it when the first screen's chunks are there). */
export function mount(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <HashRouter>
          <Routes>
            {/* No Suspense boundary above the print view: were its chunk still loading, a shown fallback would
                hold the sheet back by React's 300 ms fallback throttle; navigating there is a transition
                (HashRouter), which keeps the roster page until it is ready. */}
            <Route path="/print/roster/*" element={<RosterPrint />} />
            <Route
              path="*"
              element={
                <Suspense fallback={<Loading />}>
                  <FullApp />
                </Suspense>
              }
            />
          </Routes>
        </HashRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
}
