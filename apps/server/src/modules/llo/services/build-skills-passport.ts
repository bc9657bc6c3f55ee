import type { DbOrTx } from '@inzetbaar/db';
import { escoTaxonomy } from '../../../platform/reference-data/esco';
import { findOrganization } from '../../people/repo/organizations.repo';
import type { EmploymentRow, PersonRow } from '../../people/repo/people.repo';
import { displayName } from '../../people/repo/people.repo';
import { listCertificatesOf } from '../repo/certificates.repo';
import { personNames } from '../repo/names.repo';
import { listProfileSkills } from '../repo/profile.repo';
import { listRequests } from '../repo/requests.repo';
import { currentEmployment } from './access';
import { customSkillId, escoSkillLabel, occupationOf, skillCatalog } from './skill-labels';

export const PASSPORT_FORMAT = 'inzetbaar-skills-passport/1';

type PassportSkill = {
  label: { nl: string | null; en: string };
  level: number;
  source: string;
  assessedOn: string;
  confirmedBy: string | null;
  confirmedOn: string | null;
  /** The organisation's own name for the skill, when it was recorded as such and mapped to ESCO. */
  ownName?: string;
};

/**
 * The skills passport: the person's profile keyed on ESCO skill URIs (an own skill mapped to ESCO
 * under its ESCO URI; unmapped own skills apart), the learning they completed and their
 * certificates — something to take along, since there is no national learning account yet
 * (domain-rules §7).
 */
export async function buildSkillsPassport(
  db: DbOrTx,
  organizationId: string,
  person: PersonRow,
  employments: readonly EmploymentRow[],
  day: string,
) {
  const t = escoTaxonomy();
  const [org, rows, requests, certificates, cat] = await Promise.all([
    findOrganization(db, organizationId),
    listProfileSkills(db, organizationId, person.id),
    listRequests(db, organizationId, { personIds: [person.id], status: 'completed' }),
    listCertificatesOf(db, organizationId, person.id),
    skillCatalog(db, organizationId, 'nl'),
  ]);
  const names = await personNames(
    db,
    organizationId,
    rows.map((r) => r.confirmedByPersonId),
  );
  const skills: Record<string, PassportSkill> = {};
  const ownSkills: { name: string; level: number; source: string; assessedOn: string }[] = [];
  for (const r of rows) {
    const escoUri = cat.escoUriOf(r.skillRef);
    const ownId = customSkillId(r.skillRef);
    const custom = ownId ? cat.customSkills.find((c) => c.id === ownId) : undefined;
    if (!escoUri) {
      ownSkills.push({
        name: custom?.name ?? r.skillRef,
        level: r.level,
        source: r.source,
        assessedOn: r.assessedOn,
      });
      continue;
    }
    const nl = escoSkillLabel(escoUri, 'nl');
    const entry: PassportSkill = {
      label: {
        nl: nl?.labelLang === 'nl' ? nl.label : null,
        en: escoSkillLabel(escoUri, 'en')?.label ?? escoUri,
      },
      level: r.level,
      source: r.source,
      assessedOn: r.assessedOn,
      confirmedBy: r.confirmedByPersonId ? (names.get(r.confirmedByPersonId) ?? null) : null,
      confirmedOn: r.confirmedOn,
      ...(custom ? { ownName: custom.name } : {}),
    };
    const prior = skills[escoUri];
    if (!prior || prior.level < entry.level) skills[escoUri] = entry;
  }
  const occupation = occupationOf(currentEmployment(employments, day)?.escoOccupationUri, 'nl');
  return {
    format: PASSPORT_FORMAT,
    generatedOn: day,
    esco: { version: t.version, attribution: t.attribution },
    levels: { 1: 'basis / basic', 2: 'gevorderd / intermediate', 3: 'ervaren / advanced', 4: 'expert' },
    person: { name: displayName(person) },
    employer: org?.name ?? null,
    occupation: occupation
      ? {
          uri: occupation.occupation.uri,
          title: { nl: occupation.occupation.titleNl, en: occupation.occupation.titleEn },
        }
      : null,
    skills,
    ownSkills,
    learning: requests
      .sort((a, b) => (b.completedOn ?? '').localeCompare(a.completedOn ?? ''))
      .map((r) => ({
        title: r.title,
        kind: r.kind,
        provider: r.provider,
        completedOn: r.completedOn,
        hours: r.actualHours ?? r.hours,
        skills: r.skills.map((s) => cat.escoUriOf(s.ref) ?? s.ref),
      })),
    certificates: certificates.map((c) => ({
      type: c.type,
      name: c.name,
      issuer: c.issuer,
      number: c.number,
      obtainedOn: c.obtainedOn,
      expiresOn: c.expiresOn,
    })),
  };
}
export type SkillsPassport = Awaited<ReturnType<typeof buildSkillsPassport>>;
