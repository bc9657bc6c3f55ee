import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';

// Issue 16, in the browser: an employee reads the locked RI&E and its plan van aanpak; the RI&E
// wizard explains what blocks completing (a present risk without a measure with a term) and the
// measure added there lifts it; HR opens the retention dry run.
const PASSWORD = 'inzetbaar-demo';
const screen = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/legal-${name}.png`, fullPage: true });

async function signIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Melden' })).toBeVisible();
  return page;
}

test('an employee opens the locked RI&E report', async ({ browser }) => {
  const year = new Date().getFullYear() - 1; // the demo's RI&E of last year is locked
  const emp = await signIn(browser, 'medewerker@demo.inzetbaar.nl');
  await emp.getByRole('navigation').getByRole('link', { name: 'RI&E inzien' }).click();
  await expect(emp.getByRole('heading', { name: 'RI&E en plan van aanpak' })).toBeVisible();
  // the pointer rests on the nav link just clicked (the shell's hover colour, not this page's)
  await emp.mouse.move(0, 0);
  await expectNoA11yViolations(emp);
  await emp.getByRole('link', { name: 'Rapport bekijken' }).first().click();
  await expect(emp.getByRole('heading', { name: `Rapport RI&E ${year}` })).toBeVisible();
  await expect(emp.getByText('Status: Vastgesteld')).toBeVisible();
  // the plan van aanpak is part of it: the measures with their owner and term
  await expect(
    emp.getByRole('cell', { name: 'Alarmknop voor alleenwerkenden in de avond- en nachtdienst' }),
  ).toBeVisible();
  // read-only: no consent, no editing
  await expect(emp.getByRole('button', { name: 'Instemming vastleggen' })).toHaveCount(0);
  await expect(emp.getByRole('button', { name: 'Bewerken' })).toHaveCount(0);
  await emp.mouse.move(0, 0);
  await expectNoA11yViolations(emp);
  await screen(emp, 'employee-rie-report');
  // the working copy stays with the RI&E's readers
  expect((await emp.request.get('/api/v1/rie-assessments')).status()).toBe(403);
});

test('the RI&E cannot be completed while a present risk has no dated measure; HR opens the retention dry run', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const po = await signIn(browser, 'preventie@demo.inzetbaar.nl');
  const year = new Date().getFullYear() + 1; // a year no other journey uses
  // an RI&E answered through the API: every risk in order, aggression by clients present
  // API writes with the session cookie carry the app's Origin, as the browser's own do (docs/security.md)
  const headers = { origin: new URL(po.url()).origin };
  const created = await po.request.post('/api/v1/rie-assessments', { data: { year, unitId: null }, headers });
  expect(created.status()).toBe(201);
  const a = await created.json();
  const tree = await (await po.request.get(`/api/v1/risk-catalogues/${a.catalogueId}`)).json();
  const walk = (ms: { risks?: { id: string }[]; modules?: unknown[] }[]): string[] =>
    ms.flatMap((m) => [...(m.risks ?? []).map((r) => r.id), ...walk((m.modules ?? []) as never)]);
  for (const riskId of walk(tree.modules)) {
    const data =
      riskId === 'psa-agressie'
        ? {
            riskId,
            answer: 'no',
            evaluation: { method: 'fine_kinney', probability: 3, exposure: 6, effect: 7 },
          }
        : { riskId, answer: 'yes' };
    expect(
      (await po.request.put(`/api/v1/rie-assessments/${a.id}/answers`, { data, headers })).status(),
    ).toBe(200);
  }

  await po.goto(`/arbo/rie/${a.id}`);
  const gaps = po.getByRole('status').filter({ hasText: 'Plan van aanpak onvolledig' });
  await expect(gaps).toBeVisible();
  await expect(gaps.getByText('nog geen maatregel in het plan van aanpak')).toBeVisible();
  await po.getByRole('button', { name: 'Afronden' }).click();
  await expect(po.getByText('Het plan van aanpak is onvolledig', { exact: false }).first()).toBeVisible();
  await po.mouse.move(0, 0);
  await expectNoA11yViolations(po);
  await screen(po, 'rie-plan-incomplete');

  // a measure with a term on the risk itself, from the catalogue's first suggestion
  await gaps.getByRole('button', { name: /beschermd tegen agressie/ }).click();
  const aggression = po
    .locator('.mantine-Card-root')
    .filter({ hasText: 'Medewerkers worden beschermd tegen agressie' });
  await aggression.getByRole('button', { name: 'Maatregel toevoegen' }).click();
  const dialog = po.getByRole('dialog');
  await expect(dialog.getByLabel('Maatregel')).not.toHaveValue('');
  await dialog.getByLabel('Uiterlijk').fill(`${year}-06-30`);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(aggression.getByText(/uiterlijk 30[- ]/)).toBeVisible();
  await expect(gaps).toHaveCount(0);
  await po.getByRole('button', { name: 'Afronden' }).click();
  await expect(po.getByText('De RI&E is afgerond.')).toBeVisible();

  // HR: the retention rules and what the next runs remove; nothing is removed here
  const hr = await signIn(browser, 'hr@demo.inzetbaar.nl');
  await hr.getByRole('navigation').getByRole('link', { name: 'Verzuim' }).click();
  await hr.getByRole('link', { name: 'Bewaartermijnen' }).click();
  const rules = hr
    .locator('.mantine-Paper-root')
    .filter({ has: hr.getByRole('heading', { name: 'Bewaartermijnen per soort gegevens' }) });
  await expect(rules.getByRole('cell', { name: 'Re-integratiedossier' })).toBeVisible();
  await expect(rules.getByRole('cell', { name: 'Medisch dossier (bedrijfsarts)' })).toBeVisible();
  // the demo has closed cases older than two years: their files are listed for the next run
  const planned = hr
    .locator('.mantine-Paper-root')
    .filter({ has: hr.getByRole('heading', { name: 'Wat er verwijderd wordt' }) });
  await expect(planned.getByRole('row').nth(1)).toBeVisible();
  await hr.getByText('Binnen 365 dagen').click();
  await hr.mouse.move(0, 0);
  await expectNoA11yViolations(hr);
  // the top of the page (the demo lists a long year of files)
  await hr.screenshot({ path: 'test-results/screens/legal-retention.png' });
});
