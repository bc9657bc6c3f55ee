/** The roles a person can hold in an organisation (issue #8 §4: defined once; db and contracts import it). */
export const ROLES = [
  'hr',
  'manager',
  'employee',
  'prevention_officer',
  'occupational_physician',
  'works_council',
  'coach',
  /** vertrouwenspersoon: the only reader of reports of undesirable behaviour (docs/rie.md §5). */
  'confidential_adviser',
] as const;
export type TRole = (typeof ROLES)[number];
