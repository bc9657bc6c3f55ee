import { IconClipboardHeart, IconHeartbeat, IconLifebuoy } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { hasRole } from '../../api/me';
import { appRoute } from '../../routes-base';
import { defineWebModule } from '../web-module';
import en from './messages/en.json';
import nl from './messages/nl.json';
import { VITALITY_PATHS } from './paths';

declare module '../../i18n/module-catalogues' {
  interface ModuleCatalogues {
    vitality: typeof nl;
  }
}

// `en` must have every key `nl` has: the assignment fails to type-check otherwise.
const english: typeof nl = en;

/**
 * A lazily loaded page whose route type does not depend on the page module's type: the pages link
 * to typed routes, so inferring the route from the page would make the route tree refer to itself.
 */
const lazy = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazyRouteComponent<Record<K, ComponentType>, K>(load, name);

const child = <P extends string>(path: P) => ({ getParentRoute: () => appRoute, path }) as const;

const campaignsRoute = createRoute({
  ...child(VITALITY_PATHS.campaigns),
  component: lazy<'CampaignsPage'>(() => import('./pages/campaigns.page'), 'CampaignsPage'),
});
const campaignRoute = createRoute({
  ...child(VITALITY_PATHS.campaign),
  component: lazy<'CampaignPage'>(() => import('./pages/campaign.page'), 'CampaignPage'),
});
const mySurveysRoute = createRoute({
  ...child(VITALITY_PATHS.mySurveys),
  component: lazy<'MySurveysPage'>(() => import('./pages/my-surveys.page'), 'MySurveysPage'),
});
const answerRoute = createRoute({
  ...child(VITALITY_PATHS.answer),
  component: lazy<'AnswerPage'>(() => import('./pages/answer.page'), 'AnswerPage'),
});
const feedbackRoute = createRoute({
  ...child(VITALITY_PATHS.feedback),
  component: lazy<'FeedbackPage'>(() => import('./pages/feedback.page'), 'FeedbackPage'),
});
const interventionsRoute = createRoute({
  ...child(VITALITY_PATHS.interventions),
  component: lazy<'InterventionsPage'>(() => import('./pages/interventions.page'), 'InterventionsPage'),
});

const readsResults = ['hr', 'prevention_officer', 'works_council', 'manager'] as const;

/**
 * Vitaliteit (issue 12): HR and the prevention officer run campaigns and read released results
 * (with the works council and managers for their units); everyone answers their own
 * questionnaires, reads their own feedback and signs up for interventions.
 */
export const vitalityWebModule = defineWebModule({
  name: 'vitality',
  routes: [campaignsRoute, campaignRoute, mySurveysRoute, answerRoute, feedbackRoute, interventionsRoute],
  nav: [
    {
      key: 'mySurveys',
      to: VITALITY_PATHS.mySurveys,
      icon: IconClipboardHeart,
      isVisible: (me) => me.modules.includes('vitality') && me.personId !== null,
    },
    {
      key: 'campaigns',
      to: VITALITY_PATHS.campaigns,
      icon: IconHeartbeat,
      isVisible: (me) => me.modules.includes('vitality') && readsResults.some((r) => hasRole(me, r)),
    },
    {
      key: 'interventions',
      to: VITALITY_PATHS.interventions,
      icon: IconLifebuoy,
      isVisible: (me) => me.modules.includes('vitality'),
    },
  ],
  messages: { nl, en: english },
});
