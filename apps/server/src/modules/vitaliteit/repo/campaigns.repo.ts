import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { findInOrganization, updateVersioned } from '../../../platform/db/tenant.repo';

const { surveyCampaigns, surveyCampaignUnits, surveyInstruments } = schema;
export type CampaignRow = typeof surveyCampaigns.$inferSelect;
export type CampaignUnitRow = typeof surveyCampaignUnits.$inferSelect;
export type UploadedInstrumentRow = typeof surveyInstruments.$inferSelect;

const one = <T>(rows: T[]): T => {
  const [row] = rows;
  if (!row) throw new Error('insert returned nothing');
  return row;
};

// ── campaigns (no answers here: campaign metadata only) ──
export const findCampaign = (db: DbOrTx, organizationId: string, id: string) =>
  findInOrganization(db, surveyCampaigns, organizationId, id);

export const listCampaigns = (db: DbOrTx, organizationId: string) =>
  db
    .select()
    .from(surveyCampaigns)
    .where(eq(surveyCampaigns.organizationId, organizationId))
    .orderBy(desc(surveyCampaigns.opensOn), desc(surveyCampaigns.createdAt));

export const listCampaignsByStatus = (db: DbOrTx, organizationId: string, status: CampaignRow['status']) =>
  db
    .select()
    .from(surveyCampaigns)
    .where(and(eq(surveyCampaigns.organizationId, organizationId), eq(surveyCampaigns.status, status)))
    .orderBy(asc(surveyCampaigns.closesOn));

export const insertCampaign = async (db: DbOrTx, v: typeof surveyCampaigns.$inferInsert) =>
  one(await db.insert(surveyCampaigns).values(v).returning());

export const updateCampaign = (
  db: DbOrTx,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<typeof surveyCampaigns.$inferInsert>,
) => updateVersioned(db, surveyCampaigns, organizationId, id, version, { ...patch, updatedAt: new Date() });

/** Status changes by the scheduler (no version from a client): only from `from`. */
export async function setCampaignStatus(
  db: DbOrTx,
  organizationId: string,
  id: string,
  from: CampaignRow['status'],
  patch: Partial<typeof surveyCampaigns.$inferInsert>,
) {
  const [row] = await db
    .update(surveyCampaigns)
    .set({ ...patch, updatedAt: new Date() })
    .where(
      and(
        eq(surveyCampaigns.organizationId, organizationId),
        eq(surveyCampaigns.id, id),
        eq(surveyCampaigns.status, from),
      ),
    )
    .returning();
  return row;
}

// ── the unit tree as it was when a campaign opened ──
export async function insertCampaignUnits(db: DbOrTx, rows: (typeof surveyCampaignUnits.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 500)
    await db.insert(surveyCampaignUnits).values(rows.slice(i, i + 500));
}

export const listCampaignUnits = (db: DbOrTx, organizationId: string, campaignIds: string[]) =>
  campaignIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(surveyCampaignUnits)
        .where(
          and(
            eq(surveyCampaignUnits.organizationId, organizationId),
            inArray(surveyCampaignUnits.campaignId, campaignIds),
          ),
        );

// ── uploaded (licensed) instruments ──
export const listUploadedInstruments = (db: DbOrTx, organizationId: string) =>
  db
    .select()
    .from(surveyInstruments)
    .where(eq(surveyInstruments.organizationId, organizationId))
    .orderBy(asc(surveyInstruments.instrumentKey));

export const insertUploadedInstrument = async (db: DbOrTx, v: typeof surveyInstruments.$inferInsert) =>
  one(await db.insert(surveyInstruments).values(v).returning());

export async function deleteUploadedInstrument(db: DbOrTx, organizationId: string, instrumentKey: string) {
  const rows = await db
    .delete(surveyInstruments)
    .where(
      and(
        eq(surveyInstruments.organizationId, organizationId),
        eq(surveyInstruments.instrumentKey, instrumentKey),
      ),
    )
    .returning({ id: surveyInstruments.id });
  return rows.length > 0;
}
