import type { TUploadInstrument } from '@inzetbaar/contracts';
import { vitality } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import { type Deps, orgOf } from '../../../platform/http/context';
import { AppError } from '../../../platform/http/problem';
import { bundledInstruments } from '../bundled-data';
import { instrumentsFor } from '../instrument-registry';
import { presentInstrumentSummary } from '../presenters';
import { insertUploadedInstrument } from '../repo/campaigns.repo';

/**
 * Upload an instrument the organisation holds a licence for (WAI, UWES: never bundled,
 * domain-rules §6). The file must be in the instrument format and say it is `licensed`, with the
 * licence holder; the organisation's licence reference is recorded with it. Only this
 * organisation can use it.
 */
export async function uploadInstrument(deps: Deps, actor: Actor, input: TUploadInstrument) {
  authorize(actor, 'vitality.instrument.upload');
  const organizationId = orgOf(actor);
  const parsed = vitality.ZInstrument.safeParse(input.definition);
  if (!parsed.success)
    throw new AppError(
      422,
      'validation_failed',
      parsed.error.issues.slice(0, 20).map((i) => ({
        field: ['definition', ...i.path.map(String)].join('.'),
        code: 'instrument_invalid',
        params: { detail: i.message },
      })),
    );
  const instrument = parsed.data;
  if (instrument.licence.kind !== 'licensed')
    throw new AppError(422, 'validation_failed', [
      { field: 'definition.licence.kind', code: 'upload_only_licensed' },
    ]);
  if (
    bundledInstruments().has(instrument.id) ||
    (await instrumentsFor(deps.db, organizationId)).has(instrument.id)
  )
    throw new AppError(409, 'instrument_id_taken');
  return deps.db.transaction(async (tx) => {
    await insertUploadedInstrument(tx, {
      organizationId,
      instrumentKey: instrument.id,
      instrumentVersion: instrument.version,
      definition: instrument as unknown as Record<string, unknown>,
      licenceHolder: instrument.licence.holder ?? null,
      licenceReference: input.licenceReference,
      licenceValidUntil: input.licenceValidUntil,
      uploadedByPersonId: actor.personId,
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'survey-instrument.uploaded',
      resourceType: 'survey_instrument',
      resourceId: instrument.id,
      details: {
        version: instrument.version,
        holder: instrument.licence.holder,
        reference: input.licenceReference,
      },
    });
    return presentInstrumentSummary({ instrument, bundled: false, licenceReference: input.licenceReference });
  });
}
