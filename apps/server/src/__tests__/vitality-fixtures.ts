import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../test/test-app';
import type { Actor } from '../auth/actor';
import { insertEmployment, insertPerson } from '../modules/people/repo/people.repo';
import { submitSurvey } from '../modules/vitaliteit/services/submit-survey';

/** People without an account in `unitId` (born `birthDate`), for answering through the service as themselves. */
export async function addPeople(
  t: TestApp,
  organizationId: string,
  unitId: string,
  n: number,
  birthDate = '1980-06-01',
) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = await insertPerson(t.deps.db, {
      organizationId,
      employeeNumber: `V-${randomUUID().slice(0, 8)}`,
      givenName: 'Vita',
      surname: `Respondent ${i}`,
      birthDate,
    });
    await insertEmployment(t.deps.db, {
      organizationId,
      personId: p.id,
      startDate: '2020-01-01',
      hoursPerWeek: 24,
      jobTitle: 'Verzorgende IG',
      unitId,
    });
    ids.push(p.id);
  }
  return ids;
}

/** The actor of an employee who signed in (the service-level equivalent of their session). */
export const employeeActor = (organizationId: string, personId: string): Actor => ({
  userId: `user-${personId}`,
  userName: 'Medewerker',
  email: `${personId}@example.test`,
  twoFactorEnabled: false,
  organizationId,
  personId,
  organizationIds: [organizationId],
  roles: [{ role: 'employee', unitId: null }],
  managedUnitIds: new Set(),
  ip: null,
  language: 'nl',
});

/** CBI answers: every item at `position` (client items too unless `clients` is false). */
export function cbiAnswers(position: number, clients = true) {
  const a: Record<string, number> = {};
  for (let i = 1; i <= 6; i++) a[`personal_${i}`] = position;
  for (let i = 1; i <= 7; i++) a[`work_${i}`] = position;
  if (clients) for (let i = 1; i <= 6; i++) a[`client_${i}`] = position;
  return a;
}

/** Everyone in `personIds` answers the CBI (and an open idea when the campaign has psa). */
export async function answerAll(
  t: TestApp,
  organizationId: string,
  campaignId: string,
  personIds: string[],
  position: number,
) {
  for (const personId of personIds)
    await submitSurvey(t.deps, employeeActor(organizationId, personId), campaignId, {
      answers: { cbi: cbiAnswers(position) },
    });
}
