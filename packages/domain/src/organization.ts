/** Organisation vocabularies (issue #8 §4: defined once; db and contracts import them). */

/** An employer, or a mobility centre that helps people of several employers to other work. */
export const ORGANIZATION_KINDS = ['employer', 'mobility_centre'] as const;
export type TOrganizationKind = (typeof ORGANIZATION_KINDS)[number];
