import { defineModule } from '../../platform/module-manifest';
import { seedAbsenceDemo } from './demo';
import { absencePolicy } from './policy';
import { absenceDocumentRoutes } from './routes/absence-documents.routes';
import { absenceRetentionRoutes } from './routes/absence-retention.routes';
import { absenceRoutes } from './routes/absences.routes';
import { calendarFeedRoutes } from './routes/calendar-feeds.routes';
import { registerAbsenceJobs, scheduleAbsenceReminders } from './services/absence-deadlines';
import { registerAbsenceRetentionJob, scheduleAbsenceRetention } from './services/absence-retention';

/** Verzuim & werkhervatting (Wet verbetering poortwachter). */
export const verzuimModule = defineModule({
  name: 'absence',
  policy: absencePolicy,
  // own absence (employee), case work (hr, manager, physician), dashboard only (works council)
  entry: ['absence.read', 'absence.stats'],
  routers: [absenceRoutes, absenceDocumentRoutes, calendarFeedRoutes, absenceRetentionRoutes],
  jobs: {
    register: (deps) => {
      registerAbsenceJobs(deps);
      registerAbsenceRetentionJob(deps);
    },
    schedule: async (deps, at) => {
      await scheduleAbsenceReminders(deps, at);
      await scheduleAbsenceRetention(deps, at);
    },
  },
  seedDemo: (ctx) => seedAbsenceDemo(ctx.tx, ctx),
});
