import { defineModule } from '../../platform/module-manifest';
import { integrationsMessages } from './messages';
import { integrationsPolicy } from './policy';
import { apiTokenRoutes } from './routes/api-tokens.routes';

/** Integrations (issue #15): API tokens for payroll and HR systems and the arbodienst (docs/api.md). */
export const integrationsModule = defineModule({
  name: 'integrations',
  policy: integrationsPolicy,
  entry: 'api-token.manage',
  routers: [apiTokenRoutes],
  messages: integrationsMessages,
});
