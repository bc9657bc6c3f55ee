import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';

// Issue 13, end to end: the employee takes over suggested skills from their ESCO occupation, prepares
// the planned development talk with a five-year ambition (private, then shared), and requests a course
// from the catalogue; the manager sees the shared ambition and approves; the employee's budget goes down
// by the course's cost; the manager records completion and the course's skill lands on the profile;
// the skills passport downloads as a PDF.
const PASSWORD = 'inzetbaar-demo';
const COURSE = 'Medicatieveiligheid in de wijk (voorbeeld)'; // € 345,00, teaches "safe management of medicines"
const COURSE_SKILL = 'safe management of medicines';
const screen = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/llo-${name}.png`, fullPage: true });

async function signIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Melden' })).toBeVisible();
  return page;
}

/** "€ 1.805,00 beschikbaar" → 1805. */
async function moneyAvailable(page: Page): Promise<number> {
  const text =
    (await page
      .getByTestId('budget-money')
      .getByText(/beschikbaar$/)
      .textContent()) ?? '';
  const amount = /€\s*([\d.]+,\d{2})/.exec(text)?.[1];
  if (!amount) throw new Error(`no amount in "${text}"`);
  return Number(amount.replaceAll('.', '').replace(',', '.'));
}

test('skills, talk preparation, request, approval, budget, completion and passport', async ({ browser }) => {
  test.setTimeout(180_000);
  const employee = await signIn(browser, 'medewerker@demo.inzetbaar.nl');
  await employee.getByRole('navigation').getByRole('link', { name: 'Mijn ontwikkeling' }).click();
  await expect(employee.getByRole('heading', { name: 'Mijn ontwikkeling' })).toBeVisible();

  // suggestions from the occupation: the essential ones are preselected; take them over
  const profileTitle = employee.getByRole('heading', { name: /^Profiel: \d+ vaardigheden$/ });
  const before = Number((await profileTitle.textContent())?.match(/\d+/)?.[0]);
  const take = employee.getByRole('button', { name: /^\d+ overnemen$/ });
  const taken = Number((await take.textContent())?.match(/\d+/)?.[0]);
  expect(taken).toBeGreaterThan(0);
  await take.click();
  await expect(employee.getByText(`${taken} vaardigheden toegevoegd aan je profiel.`)).toBeVisible();
  await expect(profileTitle).toHaveText(`Profiel: ${before + taken} vaardigheden`);
  // a skill ESCO has no Dutch label for is shown in English and marked
  await expect(employee.getByRole('table').getByText('EN').first()).toBeVisible();
  await expectNoA11yViolations(employee);
  await screen(employee, 'employee-skills');

  // the planned talk: a private preparation with a five-year ambition, then shared
  await employee.getByRole('tab', { name: 'Ontwikkelgesprekken' }).click();
  const ambition = 'Over vijf jaar ben ik wijkverpleegkundige en begeleid ik leerlingen in ons team.';
  await employee.getByRole('textbox', { name: 'Waar wil ik over vijf jaar zijn?' }).fill(ambition);
  await employee.getByRole('textbox', { name: 'Leerwensen' }).fill('Medicatieveiligheid, en meelopen.');
  await employee.getByRole('button', { name: 'Opslaan (privé)' }).click();
  await expect(employee.getByText('Voorbereiding opgeslagen; alleen jij ziet hem.')).toBeVisible();
  await employee.getByRole('button', { name: 'Delen met leidinggevende' }).click();
  await expect(employee.getByText(/^gedeeld op /)).toBeVisible();

  // a course from the catalogue, found by skill
  await employee.getByRole('tab', { name: 'Leren' }).click();
  const available = await moneyAvailable(employee);
  await employee.getByRole('combobox', { name: 'Op vaardigheid' }).fill('medicines');
  await employee.getByRole('option', { name: new RegExp(`^${COURSE_SKILL}`) }).click();
  const course = employee.getByTestId('learning-item').filter({ hasText: COURSE });
  await expect(employee.getByTestId('learning-item')).toHaveCount(1);
  await course.getByRole('button', { name: 'Aanvragen' }).click();
  const dialog = employee.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Motivatie' }).fill('Ik geef vaak medicatie in de wijk.');
  await dialog.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await expect(employee.getByText('Aanvraag ingediend bij je leidinggevende.')).toBeVisible();
  const mine = employee.getByTestId('learning-request').filter({ hasText: COURSE });
  await expect(mine.getByText('ingediend', { exact: true })).toBeVisible();

  // the manager sees the shared ambition and approves the request
  const manager = await signIn(browser, 'manager@demo.inzetbaar.nl');
  await manager.getByRole('navigation').getByRole('link', { name: 'Leeraanvragen' }).click();
  const request = manager.getByTestId('learning-request').filter({ hasText: COURSE }).filter({
    hasText: 'Samira Benali',
  });
  await request.getByRole('link', { name: 'Ontwikkeling bekijken' }).click();
  await expect(manager.getByRole('heading', { name: 'Ontwikkeling van Samira Benali' })).toBeVisible();
  await manager.getByRole('tab', { name: 'Ontwikkelgesprekken' }).click();
  await expect(manager.getByText(ambition)).toBeVisible();
  await manager.goBack();
  await request.getByRole('button', { name: 'Goedkeuren' }).click();
  await manager.getByRole('dialog').getByRole('button', { name: 'Goedkeuren' }).click();
  await expect(manager.getByText('Aanvraag goedgekeurd.')).toBeVisible();

  // the employee's budget went down by the course's cost
  await employee.reload();
  await employee.getByRole('tab', { name: 'Leren' }).click();
  await expect(mine.getByText('goedgekeurd', { exact: true })).toBeVisible();
  expect(await moneyAvailable(employee)).toBeCloseTo(available - 345, 2);

  // completion puts the course's skill on the profile
  await manager
    .locator('label')
    .filter({ hasText: /^Goedgekeurd$/ })
    .click();
  await expect(manager.getByRole('radio', { name: 'Goedgekeurd' })).toBeChecked();
  const approved = manager.getByTestId('learning-request').filter({ hasText: COURSE }).filter({
    hasText: 'Samira Benali',
  });
  await approved.getByRole('button', { name: 'Afronden' }).click();
  await manager.getByRole('dialog').getByRole('button', { name: 'Afronden' }).click();
  await expect(manager.getByText('Afronding vastgelegd; het profiel is bijgewerkt.')).toBeVisible();
  await employee.reload();
  const row = employee.getByRole('row').filter({ hasText: COURSE_SKILL });
  await expect(row.getByText('uit afgeronde scholing')).toBeVisible();
  await screen(employee, 'employee-after');

  // the skills passport as PDF
  const [download] = await Promise.all([
    employee.waitForEvent('download'),
    employee.getByRole('button', { name: 'Vaardighedenpaspoort (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

  // HR's dashboard
  const hr = await signIn(browser, 'hr@demo.inzetbaar.nl');
  await hr.getByRole('navigation').getByRole('link', { name: 'LLO-dashboard' }).click();
  await expect(hr.getByRole('heading', { name: 'Dashboard leven lang ontwikkelen' })).toBeVisible();
  await expect(hr.getByText('Deelname aan leren').first()).toBeVisible();
  await screen(hr, 'hr-dashboard');
});
