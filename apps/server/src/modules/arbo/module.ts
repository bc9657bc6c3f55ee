import { defineModule } from '../../platform/module-manifest';
import { seedArboDemo } from './demo';
import { arboPolicy } from './policy';
import { accidentRoutes } from './routes/accidents.routes';
import { arboDutyRoutes } from './routes/arbo-duties.routes';
import { incidentReportRoutes } from './routes/incident-reports.routes';
import { measureRoutes } from './routes/measures.routes';
import { rieAssessmentRoutes } from './routes/rie-assessments.routes';
import { riskCatalogueRoutes } from './routes/risk-catalogues.routes';
import { safetyInstructionRoutes } from './routes/safety-instructions.routes';
import { riskCatalogues } from './services/arbo-catalogues';
import { registerArboJobs, scheduleMeasureReminderScan } from './services/measures.service';

/** Arbo & preventie: RI&E, plan van aanpak, reports, accident register, instructions. */
export const arboModule = defineModule({
  name: 'arbo',
  policy: arboPolicy,
  // Every role may report an unsafe situation, so every role sees the arbo module.
  entry: 'incident-report.create',
  routers: [
    riskCatalogueRoutes,
    rieAssessmentRoutes,
    measureRoutes,
    incidentReportRoutes,
    accidentRoutes,
    arboDutyRoutes,
    safetyInstructionRoutes,
  ],
  // Validate the bundled RI&E catalogues at start: a broken catalogue stops the start, not a request.
  onStart: () => void riskCatalogues(),
  jobs: { register: registerArboJobs, schedule: scheduleMeasureReminderScan },
  seedDemo: (ctx) => seedArboDemo(ctx.tx, ctx),
});
