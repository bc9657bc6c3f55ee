import type { DbOrTx } from '@inzetbaar/db';
import { vitality } from '@inzetbaar/domain';
import { bundledInstruments } from './bundled-data';
import { listUploadedInstruments } from './repo/campaigns.repo';

export type RegisteredInstrument = {
  instrument: vitality.TInstrument;
  bundled: boolean;
  licenceReference: string | null;
};

/** The instruments an organisation can use: the bundled ones and the licensed ones it uploaded. */
export async function instrumentsFor(
  db: DbOrTx,
  organizationId: string,
): Promise<Map<string, RegisteredInstrument>> {
  const out = new Map<string, RegisteredInstrument>();
  for (const i of bundledInstruments().values())
    out.set(i.id, { instrument: i, bundled: true, licenceReference: null });
  for (const row of await listUploadedInstruments(db, organizationId)) {
    const parsed = vitality.ZInstrument.safeParse(row.definition);
    if (parsed.success)
      out.set(row.instrumentKey, {
        instrument: parsed.data,
        bundled: false,
        licenceReference: row.licenceReference,
      });
  }
  return out;
}

/** Scale key (`instrument.scale`) → scale definition, for the scored scales of `instruments`. */
export function scalesOf(instruments: readonly vitality.TInstrument[]): Map<string, vitality.TScale> {
  return new Map(
    instruments.flatMap((i) => i.scales.map((s): [string, vitality.TScale] => [`${i.id}.${s.id}`, s])),
  );
}
