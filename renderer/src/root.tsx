import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Loading } from './shell/Loading';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

// Two chunks below this one: the print view of the roster (plain HTML, no antd) and the app with its
// shell (antd); each page of the app is a chunk of its own (pages.ts).
const FullApp = lazy(() => import('./FullApp'));
const RosterPrint = lazy(() => import('./print/roster-sheet'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <Routes>
          {/* No Suspense boundary above the print view: opened directly, the root waits for its chunk (main.tsx
              has it loading already) and commits the view at once, where a shown fallback would hold the
              sheet back by React's 300 ms fallback throttle; navigating there is a transition (HashRouter),
              which keeps the roster page until it's ready. */}
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
