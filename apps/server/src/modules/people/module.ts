import { defineModule } from '../../platform/module-manifest';
import { peoplePolicy } from './policy';
import { invitationRoutes } from './routes/invitations.routes';
import { meRoutes } from './routes/me.routes';
import { organizationRoutes } from './routes/organization.routes';
import { outboxRoutes } from './routes/outbox.routes';
import { peopleRoutes } from './routes/people.routes';
import { peopleImportRoutes } from './routes/people-imports.routes';
import { roleAssignmentRoutes } from './routes/role-assignments.routes';
import { unitRoutes } from './routes/units.routes';

/** The platform's own resources: organisation, units, people and employments, roles, imports. */
export const peopleModule = defineModule({
  name: 'people',
  policy: peoplePolicy,
  entry: 'person.list',
  routers: [
    meRoutes,
    organizationRoutes,
    unitRoutes,
    peopleRoutes,
    roleAssignmentRoutes,
    invitationRoutes,
    outboxRoutes,
    peopleImportRoutes,
  ],
});
