import { z } from '@hono/zod-openapi';
import {
  ZAbsenceCase,
  ZAbsenceCaseParams,
  ZAbsenceEvaluation,
  ZAbsenceListQuery,
  ZAbsenceNoticeParams,
  ZAbsenceNotices,
  ZAbsenceNoticesMarked,
  ZAbsenceNoticesUnread,
  ZAbsencePage,
  ZAbsencePlan,
  ZAbsenceSignals,
  ZAbsenceStats,
  ZAbsenceStatsQuery,
  ZCapabilities,
  ZCorrectReport,
  ZCreateCapabilities,
  ZCreateEvaluation,
  ZCreateMedicalNote,
  ZFullRecovery,
  ZMedicalNote,
  ZMilestoneDone,
  ZMilestoneParams,
  ZPartialRecovery,
  ZReportParams,
  ZReportSick,
  ZSavePlan,
  ZUpdateAbsenceCase,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import {
  addEvaluation,
  correctReport,
  listAbsenceCases,
  listEvaluations,
  markMilestoneDone,
  reportFullRecovery,
  reportPartialRecovery,
  reportSick,
  savePlan,
  updateAbsenceCase,
  viewAbsenceCase,
  viewPlan,
} from '../services/absence-cases';
import { deadlinesCalendar } from '../services/absence-deadlines';
import {
  listCapabilities,
  readMedicalNotes,
  shareCapabilities,
  writeMedicalNote,
} from '../services/absence-medical';
import { listNotices, markAllNoticesRead, markNoticeRead, unreadNotices } from '../services/absence-notices';
import { listAbsenceSignals } from '../services/absence-signals';
import { absenceStatistics, exportAbsenceStatistics } from '../services/absence-stats.service';

const tags = ['absence'];

const list = defineRoute('absence.read', {
  method: 'get',
  path: '/absences',
  tags,
  summary: 'Absence cases in your scope, sorted by next deadline (overdue first)',
  request: { query: ZAbsenceListQuery },
  responses: { 200: json(ZAbsencePage), ...errorResponses },
});
const report = defineRoute('absence.report', {
  method: 'post',
  path: '/absences',
  tags,
  summary: 'Report someone sick (only the data the AP allows; unknown fields are refused)',
  request: { body: jsonBody(ZReportSick) },
  responses: { 201: json(ZAbsenceCase, 'Reported'), ...errorResponses, ...conflictResponse },
});
const read = defineRoute('absence.read', {
  method: 'get',
  path: '/absences/{id}',
  tags,
  summary: 'A case with its Poortwachter timeline as of today (audited)',
  request: { params: ZAbsenceCaseParams },
  responses: { 200: json(ZAbsenceCase), ...errorResponses },
});
const updateCase = defineRoute('absence.casework', {
  method: 'patch',
  path: '/absences/{id}',
  tags,
  summary: 'Case data: a loonsanctie imposed by UWV (weeks; null clears it); stale version → 409',
  request: { params: ZAbsenceCaseParams, body: jsonBody(ZUpdateAbsenceCase) },
  responses: { 200: json(ZAbsenceCase), ...errorResponses, ...conflictResponse },
});
const partial = defineRoute('absence.report', {
  method: 'post',
  path: '/absences/{id}/partial-recovery',
  tags,
  summary: 'Partial recovery: works again for a share of the contract hours from a date',
  request: { params: ZAbsenceCaseParams, body: jsonBody(ZPartialRecovery) },
  responses: { 200: json(ZAbsenceCase), ...errorResponses, ...conflictResponse },
});
const recovery = defineRoute('absence.report', {
  method: 'post',
  path: '/absences/{id}/recovery',
  tags,
  summary: 'Full recovery (betermelding): closes the current sick report',
  request: { params: ZAbsenceCaseParams, body: jsonBody(ZFullRecovery) },
  responses: { 200: json(ZAbsenceCase), ...errorResponses, ...conflictResponse },
});
const correct = defineRoute('absence.casework', {
  method: 'patch',
  path: '/absences/{id}/reports/{reportId}',
  tags,
  summary: 'Correct a sick report (old and new values and the reason go to the audit log)',
  request: { params: ZReportParams, body: jsonBody(ZCorrectReport) },
  responses: { 200: json(ZAbsenceCase), ...errorResponses, ...conflictResponse },
});
const milestone = defineRoute('absence.manage', {
  method: 'put',
  path: '/absences/{id}/milestones/{key}',
  tags,
  summary: 'Record a Poortwachter milestone as done (date, optional document reference)',
  request: { params: ZMilestoneParams, body: jsonBody(ZMilestoneDone) },
  responses: { 200: json(ZAbsenceCase), ...errorResponses },
});
const getPlan = defineRoute('absence.read', {
  method: 'get',
  path: '/absences/{id}/plan',
  tags,
  summary: 'The plan van aanpak (version 0 when none exists yet)',
  request: { params: ZAbsenceCaseParams },
  responses: { 200: json(ZAbsencePlan), ...errorResponses },
});
const putPlan = defineRoute('absence.casework', {
  method: 'put',
  path: '/absences/{id}/plan',
  tags,
  summary: 'Save the plan van aanpak (version 0 creates; a stale version gets 409)',
  request: { params: ZAbsenceCaseParams, body: jsonBody(ZSavePlan) },
  responses: { 200: json(ZAbsencePlan), ...errorResponses, ...conflictResponse },
});
const getEvaluations = defineRoute('absence.read', {
  method: 'get',
  path: '/absences/{id}/evaluations',
  tags,
  summary: 'Evaluation log of the plan van aanpak',
  request: { params: ZAbsenceCaseParams },
  responses: { 200: json(z.object({ items: z.array(ZAbsenceEvaluation) })), ...errorResponses },
});
const postEvaluation = defineRoute('absence.casework', {
  method: 'post',
  path: '/absences/{id}/evaluations',
  tags,
  summary: 'Log an evaluation (completes the earliest pending evaluation milestone)',
  request: { params: ZAbsenceCaseParams, body: jsonBody(ZCreateEvaluation) },
  responses: { 201: json(ZAbsenceEvaluation, 'Logged'), ...errorResponses },
});
const getMedical = defineRoute('medical.read', {
  method: 'get',
  path: '/absences/{id}/medical-notes',
  tags,
  summary: 'Medical notes — occupational physician only; every read is audited',
  request: { params: ZAbsenceCaseParams },
  responses: { 200: json(z.object({ items: z.array(ZMedicalNote) })), ...errorResponses },
});
const postMedical = defineRoute('medical.write', {
  method: 'post',
  path: '/absences/{id}/medical-notes',
  tags,
  summary: 'Write a medical note — occupational physician only',
  request: { params: ZAbsenceCaseParams, body: jsonBody(ZCreateMedicalNote) },
  responses: { 201: json(ZMedicalNote, 'Written'), ...errorResponses },
});
const getCapabilities = defineRoute('absence.read', {
  method: 'get',
  path: '/absences/{id}/capabilities',
  tags,
  summary: 'Functional capabilities and work advice the physician shared',
  request: { params: ZAbsenceCaseParams },
  responses: { 200: json(z.object({ items: z.array(ZCapabilities) })), ...errorResponses },
});
const postCapabilities = defineRoute('capabilities.write', {
  method: 'post',
  path: '/absences/{id}/capabilities',
  tags,
  summary: 'Share functional capabilities and work advice (no diagnosis) — occupational physician only',
  request: { params: ZAbsenceCaseParams, body: jsonBody(ZCreateCapabilities) },
  responses: { 201: json(ZCapabilities, 'Shared'), ...errorResponses },
});
const signals = defineRoute('absence.signals', {
  method: 'get',
  path: '/absence-signals',
  tags,
  summary: 'Relapse within 28 days and frequent absence (≥ 3 reports in 12 months) in your scope',
  responses: { 200: json(ZAbsenceSignals), ...errorResponses },
});
const stats = defineRoute('absence.stats', {
  method: 'get',
  path: '/absence-stats',
  tags,
  summary:
    'Absence statistics (CBS/Vernet definitions), groups under 5 people suppressed, with the CBS benchmark',
  request: { query: ZAbsenceStatsQuery },
  responses: { 200: json(ZAbsenceStats), ...errorResponses },
});
const statsExport = defineRoute('absence.stats', {
  method: 'get',
  path: '/absence-stats/export',
  tags,
  summary: 'The statistics as CSV or XLSX',
  request: { query: ZAbsenceStatsQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') }) },
  responses: { 200: { description: 'The file' }, ...errorResponses },
});
const notices = defineRoute('absence.notices', {
  method: 'get',
  path: '/me/absence-notices',
  tags,
  summary: 'My in-app deadline notices',
  responses: { 200: json(ZAbsenceNotices), ...errorResponses },
});
const noticesUnread = defineRoute('absence.notices', {
  method: 'get',
  path: '/me/absence-notices/unread',
  tags,
  summary: 'How many of my tasks have an unread notice (for the nav badge)',
  responses: { 200: json(ZAbsenceNoticesUnread), ...errorResponses },
});
const noticeRead = defineRoute('absence.notices', {
  method: 'post',
  path: '/me/absence-notices/{id}/read',
  tags,
  summary: 'Mark one of my notices read (with the older notices of the same task); idempotent',
  request: { params: ZAbsenceNoticeParams },
  responses: { 200: json(ZAbsenceNoticesMarked), ...errorResponses },
});
const noticesReadAll = defineRoute('absence.notices', {
  method: 'post',
  path: '/me/absence-notices/read-all',
  tags,
  summary: 'Mark all my notices read; idempotent',
  responses: { 200: json(ZAbsenceNoticesMarked), ...errorResponses },
});
const calendar = defineRoute('absence.notices', {
  method: 'get',
  path: '/me/deadlines.ics',
  tags,
  summary: 'My Poortwachter deadlines as an iCalendar file',
  responses: { 200: { description: 'text/calendar' }, ...errorResponses },
});

export const absenceRoutes = newRouter()
  .openapi(list, async (c) =>
    c.json(await listAbsenceCases(c.get('deps'), actorOf(c), c.req.valid('query')), 200),
  )
  .openapi(report, async (c) => c.json(await reportSick(c.get('deps'), actorOf(c), c.req.valid('json')), 201))
  .openapi(read, async (c) =>
    c.json(await viewAbsenceCase(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(updateCase, async (c) =>
    c.json(
      await updateAbsenceCase(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  )
  .openapi(partial, async (c) =>
    c.json(
      await reportPartialRecovery(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  )
  .openapi(recovery, async (c) =>
    c.json(
      await reportFullRecovery(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  )
  .openapi(correct, async (c) => {
    const { id, reportId } = c.req.valid('param');
    return c.json(await correctReport(c.get('deps'), actorOf(c), id, reportId, c.req.valid('json')), 200);
  })
  .openapi(milestone, async (c) => {
    const { id, key } = c.req.valid('param');
    return c.json(await markMilestoneDone(c.get('deps'), actorOf(c), id, key, c.req.valid('json')), 200);
  })
  .openapi(getPlan, async (c) =>
    c.json(await viewPlan(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(putPlan, async (c) =>
    c.json(await savePlan(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(getEvaluations, async (c) =>
    c.json(await listEvaluations(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(postEvaluation, async (c) =>
    c.json(await addEvaluation(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(getMedical, async (c) =>
    c.json(await readMedicalNotes(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(postMedical, async (c) =>
    c.json(
      await writeMedicalNote(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  )
  .openapi(getCapabilities, async (c) =>
    c.json(await listCapabilities(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(postCapabilities, async (c) =>
    c.json(
      await shareCapabilities(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  )
  .openapi(signals, async (c) => c.json(await listAbsenceSignals(c.get('deps'), actorOf(c)), 200))
  .openapi(stats, async (c) =>
    c.json(await absenceStatistics(c.get('deps'), actorOf(c), c.req.valid('query')), 200),
  )
  .openapi(statsExport, async (c) => {
    const file = await exportAbsenceStatistics(c.get('deps'), actorOf(c), c.req.valid('query'));
    return c.body(new Uint8Array(file.data), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
    });
  })
  .openapi(notices, async (c) => c.json(await listNotices(c.get('deps'), actorOf(c)), 200))
  .openapi(noticesUnread, async (c) => c.json(await unreadNotices(c.get('deps'), actorOf(c)), 200))
  .openapi(noticeRead, async (c) =>
    c.json(await markNoticeRead(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(noticesReadAll, async (c) => c.json(await markAllNoticesRead(c.get('deps'), actorOf(c)), 200))
  .openapi(calendar, async (c) => {
    const ics = await deadlinesCalendar(c.get('deps'), actorOf(c), c.get('lang'));
    return c.body(ics, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'attachment; filename="inzetbaar-termijnen.ics"',
      'Cache-Control': 'private, no-store',
    });
  });
