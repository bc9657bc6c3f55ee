import { IconBriefcase, IconChartBar, IconCompass, IconRoute, IconUsersGroup } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { hasRole } from '../../api/me';
import { appRoute } from '../../routes-base';
import type { WebModule } from '../web-module';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

declare module '../../i18n/module-catalogues' {
  interface ModuleCatalogues {
    mobility: typeof nl;
  }
}

const english: typeof nl = en;

const child = <P extends string>(path: P) => ({ getParentRoute: () => appRoute, path }) as const;

const opportunitiesRoute = createRoute({
  ...child('/mobiliteit'),
  component: lazyRouteComponent(() => import('./pages/opportunities.page'), 'OpportunitiesPage'),
});
const openingsRoute = createRoute({
  ...child('/mobiliteit/vacatures'),
  component: lazyRouteComponent(() => import('./pages/openings.page'), 'OpeningsPage'),
});
const candidatesRoute = createRoute({
  ...child('/mobiliteit/vacatures/$openingId'),
  component: lazyRouteComponent(() => import('./pages/candidates.page'), 'CandidatesPage'),
});
const caseloadRoute = createRoute({
  ...child('/mobiliteit/trajecten'),
  component: lazyRouteComponent(() => import('./pages/caseload.page'), 'CaseloadPage'),
});
const planRoute = createRoute({
  ...child('/mobiliteit/trajecten/$caseId'),
  component: lazyRouteComponent(() => import('./pages/plan.page'), 'PlanPage'),
});
const reorganisationsRoute = createRoute({
  ...child('/mobiliteit/reorganisaties'),
  component: lazyRouteComponent(() => import('./pages/reorganisations.page'), 'ReorganisationsPage'),
});
const reorganisationRoute = createRoute({
  ...child('/mobiliteit/reorganisaties/$reorganisationId'),
  component: lazyRouteComponent(() => import('./pages/reorganisation.page'), 'ReorganisationPage'),
});
const shortageRoute = createRoute({
  ...child('/mobiliteit/krapte'),
  component: lazyRouteComponent(() => import('./pages/shortage.page'), 'ShortagePage'),
});

const inModule = (me: { modules: readonly string[] }) => me.modules.includes('mobility');

/** Mobiliteit & van werk naar werk (docs/mobility.md). The server checks every call again. */
export const mobilityWebModule = {
  name: 'mobility',
  routes: [
    opportunitiesRoute,
    openingsRoute,
    candidatesRoute,
    caseloadRoute,
    planRoute,
    reorganisationsRoute,
    reorganisationRoute,
    shortageRoute,
  ] as const,
  nav: [
    {
      key: 'opportunities',
      to: '/mobiliteit',
      icon: IconCompass,
      isVisible: (me) => inModule(me) && me.personId !== null,
    },
    { key: 'openings', to: '/mobiliteit/vacatures', icon: IconBriefcase, isVisible: inModule },
    {
      key: 'caseload',
      to: '/mobiliteit/trajecten',
      icon: IconRoute,
      isVisible: (me) => inModule(me) && (hasRole(me, 'coach') || hasRole(me, 'hr')),
    },
    {
      key: 'reorganisations',
      to: '/mobiliteit/reorganisaties',
      icon: IconUsersGroup,
      isVisible: (me) => inModule(me) && (hasRole(me, 'hr') || hasRole(me, 'works_council')),
    },
    {
      key: 'shortage',
      to: '/mobiliteit/krapte',
      icon: IconChartBar,
      isVisible: (me) => inModule(me) && hasRole(me, 'hr'),
    },
  ],
  messages: { nl, en: english },
} satisfies WebModule;
