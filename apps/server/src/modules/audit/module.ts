import { defineModule } from '../../platform/module-manifest';
import { auditRoutes } from './routes/audit-events.routes';

/** The audit log (HR); its action is declared with the platform's in `people/policy.ts`. */
export const auditModule = defineModule({
  name: 'audit',
  entry: 'audit.read',
  routers: [auditRoutes],
});
