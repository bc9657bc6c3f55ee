import { type ActionsOf, EVERY_ROLE_SELF, type PolicyTable } from '../../platform/access/policy-types';

/** Verzuim & werkhervatting. */
export const absencePolicy = {
  // Verzuim (issue 3). Medical data: the occupational physician ONLY (docs/architecture.md §5).
  'absence.report': { hr: 'organization', manager: 'unit', employee: 'self' },
  'absence.read': {
    hr: 'organization',
    manager: 'unit',
    employee: 'self',
    occupational_physician: 'organization',
  },
  // Poortwachter milestones: the employer's and the physician's (the probleemanalyse is theirs).
  'absence.manage': { hr: 'organization', manager: 'unit', occupational_physician: 'organization' },
  // The employer's case work — plan van aanpak, evaluations, corrections of sick reports, the
  // loonsanctie: hr and the manager only. The physician reads it and writes their own part
  // (probleemanalyse, advice with capabilities, the medical file), never the employer's plan
  // (Wet verbetering poortwachter; Regeling procesgang eerste en tweede ziektejaar).
  'absence.casework': { hr: 'organization', manager: 'unit' },
  'absence.signals': { hr: 'organization', manager: 'unit' },
  'absence.stats': { hr: 'organization', manager: 'unit', works_council: 'organization' },
  'absence.notices': EVERY_ROLE_SELF,
  'medical.read': { occupational_physician: 'organization' },
  'medical.write': { occupational_physician: 'organization' },
  'capabilities.write': { occupational_physician: 'organization' },
  // Case documents: a released one is for the case's readers; an unreleased (medical) one, and
  // every upload, release, withdrawal and deletion, for the physician only (domain-rules §2.1).
  'absence.document.read': {
    hr: 'organization',
    manager: 'unit',
    employee: 'self',
    occupational_physician: 'organization',
  },
  'medical.document.read': { occupational_physician: 'organization' },
  'medical.document.write': { occupational_physician: 'organization' },
  // The retention dry run (issue 16): HR sees the employer's records; the physician also whose
  // medical files reach their end (HR gets counts only).
  'absence.retention.read': { hr: 'organization', occupational_physician: 'organization' },
} as const satisfies PolicyTable;

declare module '../../platform/access/policy-types' {
  interface PolicyActions extends ActionsOf<typeof absencePolicy> {}
}
