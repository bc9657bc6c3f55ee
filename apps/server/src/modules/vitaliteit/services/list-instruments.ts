import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { type Deps, orgOf } from '../../../platform/http/context';
import { instrumentsFor } from '../instrument-registry';
import { presentInstrumentSummary } from '../presenters';

/** The bundled instruments and the licensed ones the organisation uploaded. */
export async function listInstruments(deps: Deps, actor: Actor) {
  authorize(actor, 'vitality.instrument.read');
  const registry = await instrumentsFor(deps.db, orgOf(actor));
  return { items: [...registry.values()].map(presentInstrumentSummary) };
}
