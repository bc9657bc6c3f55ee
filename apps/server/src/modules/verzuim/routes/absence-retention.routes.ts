import { ZRetentionReport, ZRetentionReportQuery } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { errorResponses, json } from '../../../platform/http/schemas';
import { retentionReport } from '../services/retention-report';

const report = defineRoute('absence.retention.read', {
  method: 'get',
  path: '/absence-retention',
  tags: ['absence'],
  summary:
    'Retention dry run: the records the daily job removes on its next run and within horizonDays, per record type (nothing is removed)',
  request: { query: ZRetentionReportQuery },
  responses: { 200: json(ZRetentionReport), ...errorResponses },
});

export const absenceRetentionRoutes = newRouter().openapi(report, async (c) =>
  c.json(await retentionReport(c.get('deps'), actorOf(c), c.req.valid('query')), 200),
);
