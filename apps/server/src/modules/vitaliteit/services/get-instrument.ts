import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { type Deps, orgOf } from '../../../platform/http/context';
import { notFound } from '../../../platform/http/problem';
import { instrumentsFor } from '../instrument-registry';

/** One instrument's full definition (items, scales, bands, source and licence). */
export async function getInstrument(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'vitality.instrument.read');
  const found = (await instrumentsFor(deps.db, orgOf(actor))).get(id);
  if (!found) throw notFound();
  return found.instrument as unknown as Record<string, unknown>;
}
