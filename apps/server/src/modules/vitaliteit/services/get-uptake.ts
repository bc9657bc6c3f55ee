import type { TUptake } from '@inzetbaar/contracts';
import { vitality } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { type Deps, orgOf } from '../../../platform/http/context';
import { listUnits } from '../../people/repo/units.repo';
import { interventionCatalogue } from '../bundled-data';
import { signupCounts } from '../repo/interventions.repo';

/** Sign-ups of people without a unit count in the organisation total through this pseudo root. */
const NO_UNIT = '__no_unit__';

/**
 * Uptake per intervention: counts only, and for every group (the organisation, units) through the
 * same release as survey results — nothing for groups below k, no subtraction to a smaller group.
 */
export async function getUptake(deps: Deps, actor: Actor): Promise<TUptake> {
  authorize(actor, 'vitality.intervention.uptake');
  const organizationId = orgOf(actor);
  const k = vitality.DEFAULT_MIN_GROUP_SIZE;
  const units = await listUnits(deps.db, organizationId);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const tree = [...units.map((u) => ({ id: u.id, parentId: u.parentId })), { id: NO_UNIT, parentId: null }];
  const counts = await signupCounts(deps.db, organizationId);
  return {
    minGroupSize: k,
    items: interventionCatalogue().map((i) => {
      const cells = counts
        .filter((c) => c.interventionId === i.id)
        .map((c) => ({ unit: c.unit ?? NO_UNIT, ageBand: null, n: c.n }));
      const release = vitality.releaseGroups({ k, units: tree, cells });
      const org = release.groups.find((g) => g.key === 'org');
      return {
        interventionId: i.id,
        title: i.title,
        signUps: org?.n ?? null,
        groups: release.groups
          .filter((g) => g.kind !== 'organization' && g.unitId !== NO_UNIT)
          .map((g) => ({
            key: g.key,
            name:
              g.kind === 'rollup'
                ? `${names.get(g.unitId ?? '') ?? ''} (overig)`
                : (names.get(g.unitId ?? '') ?? ''),
            n: g.n,
          })),
      };
    }),
  };
}
