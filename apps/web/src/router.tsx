import {
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  stripSearchParams,
} from '@tanstack/react-router';

import { meQuery } from './api/me';
import { isApiError } from './api/problem';
import { queryClient } from './api/query-client';
import { setupStatusQuery } from './api/setup';
import { firstAllowedPath } from './components/nav-items';
import { PATHS } from './lib/navigation';
import { moduleRoutes } from './modules';
import {
  auditSearch,
  measureSearch,
  pageSearch,
  peopleSearch,
  redirectSearch,
  tokenSearch,
} from './router-search';
import { appRoute, rootRoute } from './routes-base';

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: PATHS.login,
  validateSearch: redirectSearch,
  // First start in production: nobody can log in before the set-up has created the first HR admin.
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.ensureQueryData(setupStatusQuery).catch(() => null);
    if (status?.needsSetup) throw redirect({ to: PATHS.setup });
  },
  component: lazyRouteComponent(() => import('./pages/auth/login.page'), 'LoginPage'),
});
const forgotRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: PATHS.forgotPassword,
  component: lazyRouteComponent(() => import('./pages/auth/forgot-password.page'), 'ForgotPasswordPage'),
});
const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: PATHS.resetPassword,
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('./pages/auth/reset-password.page'), 'ResetPasswordPage'),
});
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: PATHS.acceptInvitation,
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('./pages/auth/accept-invitation.page'), 'AcceptInvitationPage'),
});
const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: PATHS.setup,
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.ensureQueryData(setupStatusQuery).catch(() => null);
    if (status && !status.needsSetup) throw redirect({ to: PATHS.login });
  },
  component: lazyRouteComponent(() => import('./pages/auth/setup.page'), 'SetupPage'),
});
const twoFactorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: PATHS.twoFactor,
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch (error) {
      // 403 two_factor_required is expected here: this is the page that fixes it.
      if (isApiError(error) && error.status === 401) {
        throw redirect({ to: PATHS.login, search: { redirect: location.href } });
      }
    }
  },
  component: lazyRouteComponent(() => import('./pages/auth/two-factor.page'), 'TwoFactorPage'),
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    throw redirect({ to: firstAllowedPath(context.me) });
  },
});

const child = <P extends string>(path: P) => ({ getParentRoute: () => appRoute, path }) as const;

const peopleRoute = createRoute({
  ...child(PATHS.people),
  validateSearch: peopleSearch,
  // Keep URLs short: defaults are not written into the address bar.
  search: { middlewares: [stripSearchParams({ status: 'active', page: 1 })] },
  component: lazyRouteComponent(() => import('./pages/people/people-list.page'), 'PeopleListPage'),
});
const personRoute = createRoute({
  ...child(`${PATHS.people}/$personId`),
  component: lazyRouteComponent(() => import('./pages/people/person.page'), 'PersonPage'),
});
const unitsRoute = createRoute({
  ...child(PATHS.units),
  component: lazyRouteComponent(() => import('./pages/units/units.page'), 'UnitsPage'),
});
const invitationsRoute = createRoute({
  ...child(PATHS.invitations),
  component: lazyRouteComponent(() => import('./pages/invitations/invitations.page'), 'InvitationsPage'),
});
const importRoute = createRoute({
  ...child(PATHS.import),
  component: lazyRouteComponent(() => import('./pages/import/import.page'), 'ImportPage'),
});
const auditRoute = createRoute({
  ...child(PATHS.audit),
  validateSearch: auditSearch,
  search: { middlewares: [stripSearchParams({ page: 1 })] },
  component: lazyRouteComponent(() => import('./pages/audit/audit.page'), 'AuditPage'),
});
const organizationRoute = createRoute({
  ...child(PATHS.organization),
  component: lazyRouteComponent(() => import('./pages/organization/organization.page'), 'OrganizationPage'),
});
const myFileRoute = createRoute({
  ...child(PATHS.myFile),
  validateSearch: pageSearch,
  search: { middlewares: [stripSearchParams({ page: 1 })] },
  component: lazyRouteComponent(() => import('./pages/my-file/my-file-access.page'), 'MyFileAccessPage'),
});
const outboxRoute = createRoute({
  ...child(PATHS.outbox),
  validateSearch: pageSearch,
  search: { middlewares: [stripSearchParams({ page: 1 })] },
  component: lazyRouteComponent(() => import('./pages/outbox/outbox.page'), 'OutboxPage'),
});

const absenceRoute = createRoute({
  ...child(PATHS.absence),
  component: lazyRouteComponent(() => import('./pages/absence/absence-list.page'), 'AbsenceListPage'),
});
const absenceDashboardRoute = createRoute({
  ...child(`${PATHS.absence}/dashboard`),
  component: lazyRouteComponent(
    () => import('./pages/absence/absence-dashboard.page'),
    'AbsenceDashboardPage',
  ),
});
const absenceRetentionRoute = createRoute({
  ...child(`${PATHS.absence}/bewaartermijnen`),
  component: lazyRouteComponent(() => import('./pages/absence/retention.page'), 'RetentionPage'),
});
const absenceCaseRoute = createRoute({
  ...child(`${PATHS.absence}/$caseId`),
  component: lazyRouteComponent(() => import('./pages/absence/absence-case.page'), 'AbsenceCasePage'),
});

const arboRieRoute = createRoute({
  ...child(PATHS.arboRie),
  component: lazyRouteComponent(() => import('./pages/arbo/rie-list.page'), 'RieListPage'),
});
const arboWizardRoute = createRoute({
  ...child(`${PATHS.arboRie}/$assessmentId`),
  component: lazyRouteComponent(() => import('./pages/arbo/rie-wizard.page'), 'RieWizardPage'),
});
const arboReportPageRoute = createRoute({
  ...child(`${PATHS.arboRie}/$assessmentId/rapport`),
  component: lazyRouteComponent(() => import('./pages/arbo/rie-report.page'), 'RieReportPage'),
});
const arboPlanRoute = createRoute({
  ...child(PATHS.arboPlan),
  validateSearch: measureSearch,
  component: lazyRouteComponent(() => import('./pages/arbo/plan.page'), 'PlanPage'),
});
const arboReportRoute = createRoute({
  ...child(PATHS.arboReport),
  component: lazyRouteComponent(() => import('./pages/arbo/report-form.page'), 'ReportFormPage'),
});
const arboTriageRoute = createRoute({
  ...child(PATHS.arboTriage),
  component: lazyRouteComponent(() => import('./pages/arbo/triage.page'), 'TriagePage'),
});
const arboAccidentsRoute = createRoute({
  ...child(PATHS.arboAccidents),
  component: lazyRouteComponent(() => import('./pages/arbo/accidents.page'), 'AccidentsPage'),
});
const arboInstructionsRoute = createRoute({
  ...child(PATHS.arboInstructions),
  component: lazyRouteComponent(() => import('./pages/arbo/instructions.page'), 'InstructionsPage'),
});
const arboMineRoute = createRoute({
  ...child(PATHS.arboMine),
  component: lazyRouteComponent(() => import('./pages/arbo/my-instructions.page'), 'MyInstructionsPage'),
});
const arboPublishedRoute = createRoute({
  ...child(PATHS.arboPublished),
  component: lazyRouteComponent(() => import('./pages/arbo/rie-published.page'), 'RiePublishedPage'),
});
// Public: the private feedback link of a report works without signing in.
const feedbackRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: `${PATHS.feedback}/$token`,
  component: lazyRouteComponent(() => import('./pages/arbo/feedback.page'), 'FeedbackPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  forgotRoute,
  resetRoute,
  invitationRoute,
  setupRoute,
  twoFactorRoute,
  feedbackRoute,
  appRoute.addChildren([
    indexRoute,
    peopleRoute,
    personRoute,
    unitsRoute,
    invitationsRoute,
    importRoute,
    auditRoute,
    organizationRoute,
    myFileRoute,
    outboxRoute,
    absenceRoute,
    absenceDashboardRoute,
    absenceRetentionRoute,
    absenceCaseRoute,
    arboRieRoute,
    arboWizardRoute,
    arboReportPageRoute,
    arboPlanRoute,
    arboReportRoute,
    arboTriageRoute,
    arboAccidentsRoute,
    arboInstructionsRoute,
    arboMineRoute,
    arboPublishedRoute,
    ...moduleRoutes,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
