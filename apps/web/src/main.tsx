import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { buildUrl } from './api/client';
import { queryClient } from './api/query-client';
import { ThemedApp } from './components/themed-app';
import { i18n } from './i18n';
import { setNavigate } from './lib/navigation';
import { router } from './router';

setNavigate((to, search) => void router.navigate({ href: buildUrl(to, search) }));

// After a new release the old page may ask for chunks that no longer exist: load the new
// index.html once (the flag stops a reload loop when the server itself is out of date).
window.addEventListener('vite:preloadError', (event) => {
  if (sessionStorage.getItem('inzetbaar.reloadedForChunk')) return;
  sessionStorage.setItem('inzetbaar.reloadedForChunk', '1');
  event.preventDefault();
  window.location.reload();
});
window.addEventListener('load', () =>
  setTimeout(() => sessionStorage.removeItem('inzetbaar.reloadedForChunk'), 10_000),
);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ThemedApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ThemedApp>
    </I18nextProvider>
  </StrictMode>,
);
