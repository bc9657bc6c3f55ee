import { defineModule } from '../../platform/module-manifest';
import { seedLloDemo } from './demo';
import { registerLloJobs, scheduleLloJobs } from './jobs';
import { lloMessages } from './messages';
import { lloPolicy } from './policy';
import { bundledFundingSchemes, certificateTypes } from './reference-data';
import { budgetRoutes } from './routes/budget.routes';
import { certificateRoutes } from './routes/certificates.routes';
import { dashboardRoutes } from './routes/dashboard.routes';
import { fundingRoutes } from './routes/funding.routes';
import { catalogueRoutes } from './routes/learning-items.routes';
import { requestRoutes } from './routes/learning-requests.routes';
import { orgSkillsRoutes } from './routes/org-skills.routes';
import { passportRoutes } from './routes/passport.routes';
import { popRoutes } from './routes/pop-goals.routes';
import { skillsProfileRoutes } from './routes/skills-profile.routes';
import { talkRoutes } from './routes/talks.routes';
import { taxonomyRoutes } from './routes/taxonomy.routes';

/** Leven lang ontwikkelen: skills profiles, talks, POP, catalogue, budgets, funding, certificates, passport. */
export const lloModule = defineModule({
  name: 'development',
  policy: lloPolicy,
  // Everyone has a skills profile of their own.
  entry: 'llo.profile.own',
  routers: [
    taxonomyRoutes,
    skillsProfileRoutes,
    orgSkillsRoutes,
    talkRoutes,
    popRoutes,
    catalogueRoutes,
    budgetRoutes,
    requestRoutes,
    fundingRoutes,
    certificateRoutes,
    passportRoutes,
    dashboardRoutes,
  ],
  messages: lloMessages,
  // Validate the bundled reference data at start: a broken file stops the start, not a request.
  onStart: () => {
    certificateTypes();
    bundledFundingSchemes();
  },
  jobs: { register: registerLloJobs, schedule: scheduleLloJobs },
  seedDemo: (ctx) => seedLloDemo(ctx),
});
