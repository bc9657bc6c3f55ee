import {
  type ActionsOf,
  EVERY_ROLE_ORG,
  EVERY_ROLE_SELF,
  type Grants,
  type PolicyTable,
} from '../../platform/access/policy-types';

const ARBO_WRITERS: Grants = { hr: 'organization', prevention_officer: 'organization' };
const ARBO_READERS: Grants = { ...ARBO_WRITERS, works_council: 'organization' };

/** Arbo & preventie. */
export const arboPolicy = {
  // Arbo & preventie (docs/rie.md §5). Works council reads the RI&E and plan and records consent.
  'arbo.catalogue.read': ARBO_READERS,
  'arbo.catalogue.write': ARBO_WRITERS,
  'rie.read': ARBO_READERS,
  // Everyone takes note of the RI&E and its plan van aanpak: the locked versions, read-only
  // (Arbowet art. 5 and 8; issue 16). Drafts stay with the readers above (rie.service.ts).
  'rie.report.read': EVERY_ROLE_ORG,
  'rie.write': ARBO_WRITERS,
  'rie.consent': { works_council: 'organization' },
  'measure.read': ARBO_READERS,
  'measure.write': ARBO_WRITERS,
  'arbo.duties.read': ARBO_READERS,
  'arbo.duties.write': ARBO_WRITERS,
  'accident.read': ARBO_WRITERS,
  'accident.write': ARBO_WRITERS,
  // Only the participation count is stored, never medical content; the physician may record it too.
  'pago.read': { ...ARBO_READERS, occupational_physician: 'organization' },
  'pago.write': { ...ARBO_WRITERS, occupational_physician: 'organization' },
  'instruction.read': ARBO_WRITERS,
  'instruction.write': ARBO_WRITERS,
  'instruction.own': EVERY_ROLE_SELF,
  // Everyone may report ("aan de bel trekken"). Reading and triage are filtered per report in the
  // service: reports of undesirable behaviour (PSA, Arbowet art. 1 lid 3 e) only for the
  // vertrouwenspersoon (confidential_adviser), all others only for hr and the prevention officer.
  'incident-report.create': EVERY_ROLE_ORG,
  'incident-report.own': EVERY_ROLE_SELF,
  'incident-report.read': { ...ARBO_WRITERS, confidential_adviser: 'organization' },
  'incident-report.triage': { ...ARBO_WRITERS, confidential_adviser: 'organization' },
} as const satisfies PolicyTable;

declare module '../../platform/access/policy-types' {
  interface PolicyActions extends ActionsOf<typeof arboPolicy> {}
}
