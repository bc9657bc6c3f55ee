import { sql } from 'drizzle-orm';
import { runVitality } from './vitality.bench';
await runVitality({
  driver: (process.argv[2] as 'pglite') ?? 'pglite',
  calls: 1,
  onSeeded: async (db, { organizationId, campaignId }) => {
    const q = async (name: string, query: ReturnType<typeof sql>) => {
      const ms: number[] = [];
      let rows = 0;
      for (let i = 0; i < 4; i++) {
        const t = performance.now();
        const r = await db.execute(query);
        ms.push(Math.round(performance.now() - t));
        rows = (r as unknown as { rows: unknown[] }).rows.length;
      }
      console.log(name, ms.join(' '), 'rows', rows);
    };
    await q('analyze', sql`analyze survey_scores, survey_responses`);
    await q('full', sql`select scale_key, unit_id, age_band, count(*)::int n, sum(score)::float8 s from survey_scores where organization_id=${organizationId} and campaign_id=${campaignId} group by 1,2,3`);
    await q('noband', sql`select scale_key, unit_id, count(*)::int n, sum(score)::float8 s from survey_scores where organization_id=${organizationId} and campaign_id=${campaignId} group by 1,2`);
    await q('countonly', sql`select count(*) from survey_scores where organization_id=${organizationId} and campaign_id=${campaignId}`);
    await q('explain', sql`explain analyze select scale_key, unit_id, age_band, count(*)::int n, sum(score)::float8 s from survey_scores where organization_id=${organizationId} and campaign_id=${campaignId} group by 1,2,3`);
    const ex = await db.execute(sql`explain analyze select scale_key, unit_id, age_band, count(*)::int n, sum(score)::float8 s from survey_scores where organization_id=${organizationId} and campaign_id=${campaignId} group by 1,2,3`);
    console.log((ex as unknown as { rows: Record<string, string>[] }).rows.map((r) => Object.values(r)[0]).join('\n'));
  },
});
process.exit(0);
