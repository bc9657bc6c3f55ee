import { IconPlugConnected } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes-base';
import { defineWebModule } from '../web-module';
import en from './en.json';
import nl from './nl.json';

export const API_TOKENS_PATH = '/koppelingen';

const apiTokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: API_TOKENS_PATH,
  component: lazyRouteComponent(() => import('./api-tokens.page'), 'ApiTokensPage'),
});

/** Integrations (issue #15): HR's API tokens for payroll and HR systems and the arbodienst. */
export const integrationsWebModule = defineWebModule({
  name: 'integrations',
  routes: [apiTokensRoute],
  nav: [
    {
      key: 'apiTokens',
      to: API_TOKENS_PATH,
      icon: IconPlugConnected,
      isVisible: (me) => me.modules.includes('integrations') && me.roles.some((r) => r.role === 'hr'),
    },
  ],
  messages: { nl, en },
});

declare module '../../i18n/module-catalogues' {
  interface ModuleCatalogues {
    integrations: typeof nl;
  }
}
