import { schema } from '@inzetbaar/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { BASE_URL, createTestApp, type TestApp } from '../../test/test-app';
import { enqueueMeasureReminders } from '../modules/arbo/services/measures.service';
import { runDeadlineReminders } from '../modules/verzuim/services/absence-deadlines';

/*
 * Reminder mails in the recipient's language (the language they last used in the web app, sent as
 * X-Inzetbaar-Language; Dutch otherwise) with a deep link to the item. Read from the outbox.
 */

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
  t.clock.set(new Date('2026-03-05T10:00:00Z'));
  // hr and the employee use the app in English; the prevention officer's browser asks for English
  // (Accept-Language), but the app is in Dutch: only the app's choice counts.
  for (const role of ['hr', 'employee'] as const)
    await api(t, '/api/v1/me', { cookie: org.users[role].cookie, headers: { 'X-Inzetbaar-Language': 'en' } });
  await api(t, '/api/v1/me', {
    cookie: org.users.prevention_officer.cookie,
    headers: { 'Accept-Language': 'en-GB,en;q=0.9' },
  });
});
afterAll(() => t.close());

const mailsTo = (to: string) =>
  t.deps.db.select().from(schema.outboxMails).where(eq(schema.outboxMails.to, to));
const languageOf = async (personId: string) =>
  (await t.deps.db.select().from(schema.persons).where(eq(schema.persons.id, personId)))[0]?.language;

describe('the recipient’s language', () => {
  it('is the language last used in the app; a later switch replaces it', async () => {
    expect(await languageOf(org.users.hr.personId)).toBe('en');
    expect(await languageOf(org.users.prevention_officer.personId)).toBeNull();
    await api(t, '/api/v1/me', { cookie: org.users.coach.cookie, headers: { 'X-Inzetbaar-Language': 'en' } });
    await api(t, '/api/v1/units', {
      cookie: org.users.coach.cookie,
      headers: { 'X-Inzetbaar-Language': 'nl' },
    });
    expect(await languageOf(org.users.coach.personId)).toBe('nl');
    // an unsupported value changes nothing
    await api(t, '/api/v1/me', { cookie: org.users.coach.cookie, headers: { 'X-Inzetbaar-Language': 'de' } });
    expect(await languageOf(org.users.coach.personId)).toBe('nl');
  });
});

describe('measure reminders', () => {
  it('mail the owner in their language, with a link to the measure when they can open the plan', async () => {
    const po = org.users.prevention_officer.cookie;
    const measure = async (description: string, owner: string, dueDate: string) =>
      (
        await api(t, '/api/v1/measures', {
          method: 'POST',
          cookie: po,
          body: { description, level: 'bron', ownerPersonId: owner, dueDate },
        })
      ).json();
    const soon = await measure('Trapleuning vervangen', org.users.hr.personId, '2026-03-10');
    const late = await measure('Tillift laten keuren', org.users.employee.personId, '2026-02-20');
    const dutch = await measure('Ontruimingsoefening', org.users.prevention_officer.personId, '2026-03-19');
    expect(await enqueueMeasureReminders(t.deps, '2026-03-05')).toBe(3);
    await t.deps.scheduler.runDue();

    const [hr] = await mailsTo(org.users.hr.email);
    expect(hr?.subject).toBe('Action plan measure: deadline approaching');
    expect(hr?.text).toBe(
      [
        'Dear hr Test,',
        '',
        'You own this measure in the action plan (plan van aanpak) of the risk assessment (RI&E):',
        '',
        '  Trapleuning vervangen',
        '  Due: 10 March 2026',
        '',
        'It is due within 14 days.',
        '',
        'Open the measure:',
        `${BASE_URL}/arbo/plan-van-aanpak?measure=${soon.id}`,
      ].join('\n'),
    );
    // the employee owns a measure but cannot open the plan: no link that ends in "no access"
    const [employee] = await mailsTo(org.users.employee.email);
    expect(employee?.subject).toBe('Action plan measure is overdue');
    expect(employee?.text).toContain('  Due: 20 February 2026\n\nThis measure is overdue.');
    expect(employee?.text).toContain('Tell the prevention officer or HR how it is going');
    expect(employee?.text).not.toContain('http');
    expect(employee?.text).not.toContain(late.id);
    const [officer] = await mailsTo(org.users.prevention_officer.email);
    expect(officer?.subject).toBe('Maatregel plan van aanpak: deadline nadert');
    expect(officer?.text).toBe(
      [
        'Beste prevention_officer Test,',
        '',
        'Je bent eigenaar van deze maatregel uit het plan van aanpak van de RI&E:',
        '',
        '  Ontruimingsoefening',
        '  Uiterlijk: 19 maart 2026',
        '',
        'De deadline valt binnen 14 dagen.',
        '',
        'Open de maatregel:',
        `${BASE_URL}/arbo/plan-van-aanpak?measure=${dutch.id}`,
      ].join('\n'),
    );
  });
});

describe('absence deadline reminders', () => {
  it('mail each recipient in their language with a link to the case', async () => {
    const res = await api(t, '/api/v1/absences', {
      method: 'POST',
      cookie: org.users.hr.cookie,
      body: { personId: org.users.employee.personId, startDate: '2026-03-02' },
    });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const { mails } = await runDeadlineReminders(t.deps);
    expect(mails).toBeGreaterThanOrEqual(2);
    // week 1 ends on sick day 7: 2 + 6 = 8 March; employer task → hr (English) and the manager (Dutch)
    const [hr] = await mailsTo(org.users.hr.email).then((m) =>
      m.filter((x) => x.subject.includes('absence')),
    );
    expect(hr?.subject).toBe('Inzetbaar: 1 absence deadline needs attention');
    expect(hr?.text).toBe(
      [
        'These deadlines under the Wet verbetering poortwachter (Dutch Gatekeeper Act) need attention:',
        '',
        '- Report sickness to the occupational health service (employee Test): due 8 March 2026',
        `  ${BASE_URL}/verzuim/${id}`,
      ].join('\n'),
    );
    const [manager] = await mailsTo(org.users.manager.email);
    expect(manager?.subject).toBe('Inzetbaar: 1 verzuimtermijn vraagt aandacht');
    expect(manager?.text).toBe(
      [
        'Deze termijnen van de Wet verbetering poortwachter vragen aandacht:',
        '',
        '- Ziekmelding bij arbodienst/bedrijfsarts (employee Test): uiterlijk 8 maart 2026',
        `  ${BASE_URL}/verzuim/${id}`,
      ].join('\n'),
    );
  });
});
