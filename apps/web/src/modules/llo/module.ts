import type { TMe } from '@inzetbaar/contracts';
import { IconBook2, IconChartBar, IconChecklist, IconSeedling, IconUsersGroup } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../routes-base';
import { defineWebModule } from '../web-module';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import { decidesRequests, isHr, LLO_PATHS } from './shared';

// `en` must have every key `nl` has.
const english: typeof nl = en;

declare module '../../i18n/module-catalogues' {
  interface ModuleCatalogues {
    development: typeof nl;
  }
}

const child = <P extends string>(path: P) => ({ getParentRoute: () => appRoute, path }) as const;

const mineRoute = createRoute({
  ...child(LLO_PATHS.mine),
  component: lazyRouteComponent(() => import('./pages/my-development.page'), 'MyDevelopmentPage'),
});
const teamRoute = createRoute({
  ...child(LLO_PATHS.team),
  component: lazyRouteComponent(() => import('./pages/team.page'), 'TeamPage'),
});
const personRoute = createRoute({
  ...child(`${LLO_PATHS.team}/$personId`),
  component: lazyRouteComponent(() => import('./pages/my-development.page'), 'PersonDevelopmentPage'),
});
const requestsRoute = createRoute({
  ...child(LLO_PATHS.requests),
  component: lazyRouteComponent(() => import('./pages/requests.page'), 'RequestsPage'),
});
const catalogueRoute = createRoute({
  ...child(LLO_PATHS.catalogue),
  component: lazyRouteComponent(() => import('./pages/catalogue.page'), 'CataloguePage'),
});
const dashboardRoute = createRoute({
  ...child(LLO_PATHS.dashboard),
  component: lazyRouteComponent(() => import('./pages/dashboard.page'), 'LloDashboardPage'),
});
const aboutRoute = createRoute({
  ...child(LLO_PATHS.about),
  component: lazyRouteComponent(() => import('./pages/about-data.page'), 'AboutDataPage'),
});

const on = (me: TMe) => me.modules.includes('development');

/** Leven lang ontwikkelen: the employee's development, the manager's decisions, HR's catalogue and dashboard. */
export const lloWebModule = defineWebModule({
  name: 'development',
  routes: [mineRoute, teamRoute, personRoute, requestsRoute, catalogueRoute, dashboardRoute, aboutRoute],
  nav: [
    {
      key: 'mine',
      to: LLO_PATHS.mine,
      icon: IconSeedling,
      isVisible: (me) => on(me) && me.personId !== null,
    },
    {
      key: 'team',
      to: LLO_PATHS.team,
      icon: IconUsersGroup,
      isVisible: (me) => on(me) && decidesRequests(me),
    },
    {
      key: 'requests',
      to: LLO_PATHS.requests,
      icon: IconChecklist,
      isVisible: (me) => on(me) && decidesRequests(me),
    },
    { key: 'catalogue', to: LLO_PATHS.catalogue, icon: IconBook2, isVisible: (me) => on(me) && isHr(me) },
    {
      key: 'dashboard',
      to: LLO_PATHS.dashboard,
      icon: IconChartBar,
      isVisible: (me) => on(me) && (isHr(me) || me.roles.some((r) => r.role === 'works_council')),
    },
  ],
  messages: { nl, en: english },
});
