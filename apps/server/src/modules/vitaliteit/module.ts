import { defineModule } from '../../platform/module-manifest';
import { checkBundledData } from './bundled-data';
import { seedVitalityDemo } from './demo';
import { registerVitalityJobs } from './jobs';
import { vitalityMessages } from './messages';
import { vitalityPolicy } from './policy';
import { interventionRoutes } from './routes/interventions.routes';
import { mySurveyRoutes } from './routes/my-surveys.routes';
import { surveyCampaignRoutes } from './routes/survey-campaigns.routes';
import { surveyInstrumentRoutes } from './routes/survey-instruments.routes';
import { surveyResultRoutes } from './routes/survey-results.routes';

/**
 * Vitaliteit (issue 12): questionnaires we may ship, campaigns, strict anonymity (k, roll-ups,
 * complementary suppression), personal feedback, results with the CBS benchmark, interventions.
 * No wearable or activity-tracker data is ever imported (domain-rules §2.2).
 */
export const vitalityModule = defineModule({
  name: 'vitality',
  policy: vitalityPolicy,
  // Everyone may answer their own invitations, so everyone sees the module.
  entry: 'vitality.survey.answer',
  routers: [
    surveyInstrumentRoutes,
    surveyCampaignRoutes,
    surveyResultRoutes,
    mySurveyRoutes,
    interventionRoutes,
  ],
  messages: vitalityMessages,
  onStart: checkBundledData,
  jobs: { register: registerVitalityJobs },
  seedDemo: (ctx) => seedVitalityDemo(ctx),
});
