import type { TCampaign, TInstrumentSummary } from '@inzetbaar/contracts';
import type { vitality } from '@inzetbaar/domain';
import type { RegisteredInstrument } from './instrument-registry';
import type { CampaignRow } from './repo/campaigns.repo';

export const presentInstrumentSummary = ({
  instrument: i,
  bundled,
}: RegisteredInstrument): TInstrumentSummary => ({
  id: i.id,
  version: i.version,
  name: i.name,
  description: i.description,
  validated: i.validated,
  bundled,
  licence: { kind: i.licence.kind, text: i.licence.text, holder: i.licence.holder ?? null },
  translation: i.source.translation ?? null,
  citation: i.source.citation,
  itemCount: i.items.length,
  scales: i.scales.map((s) => ({ key: `${i.id}.${s.id}`, label: s.label, benchmark: !!s.benchmark })),
});

/** A campaign; `responses` only from k (below the threshold the count is not shown). */
export function presentCampaign(
  c: CampaignRow,
  instruments: ReadonlyMap<string, RegisteredInstrument>,
  invited: number,
  responses: number,
): TCampaign {
  return {
    id: c.id,
    title: c.title,
    instruments: c.instrumentKeys.map((id) => {
      const i = instruments.get(id)?.instrument as vitality.TInstrument | undefined;
      return { id, name: i?.name ?? { nl: id, en: id }, validated: i?.validated ?? false };
    }),
    unitIds: c.unitIds,
    wholeOrganization: c.unitIds.length === 0,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    status: c.status,
    minGroupSize: c.minGroupSize,
    reminderDaysBefore: c.reminderDaysBefore,
    invited,
    responses: responses >= c.minGroupSize ? responses : null,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
  };
}
