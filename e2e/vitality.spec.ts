import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';

// Issue 12, end to end: HR starts a survey for two units (Wijkteam Noord and Financiën, k = 5);
// five employees of Wijkteam Noord answer the CBI on a phone-sized screen (one of them saves half-way
// and resumes), each sees their own feedback at once; HR closes the survey and sees Wijkteam Noord's
// results and a "too few responses" notice for Financiën, where nobody answered.
//
// Why nobody answers in Financiën: the whole survey population is always shown from k respondents,
// and complementary suppression never releases a unit when "everyone minus that unit" would be a group
// of 1..k-1. With some answers in Financiën, Wijkteam Noord would itself be withheld (domain-rules §2.5).
const PASSWORD = 'inzetbaar-demo';
const NEW_PASSWORD = 'Vitaal-E2E-wachtwoord-2026!';
const PHONE = { width: 390, height: 844 };
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/vitality-${name}.png`, fullPage: true });

async function signIn(browser: Browser, email: string, password: string, phone = false): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', ...(phone ? { viewport: PHONE } : {}) });
  const page = await context.newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).not.toHaveURL(/inloggen/);
  return page;
}

/** Gives `n` colleagues of a unit an account: HR invites them, they accept the link from the demo outbox. */
async function accountsIn(request: APIRequestContext, baseURL: string, unitId: string, n: number) {
  const headers = { Origin: baseURL };
  const people = (await (await request.get(`/api/v1/people?unitId=${unitId}&pageSize=100`)).json()) as {
    items: { id: string; email: string | null }[];
  };
  const emails: string[] = [];
  for (const p of people.items.filter((x) => x.email?.endsWith('.example')).slice(0, n)) {
    const invited = await request.post('/api/v1/invitations', { headers, data: { personId: p.id } });
    expect(invited.status(), await invited.text()).toBe(201);
    const outbox = (await (await request.get('/api/v1/outbox?pageSize=50')).json()) as {
      items: { to: string; text: string }[];
    };
    const token = /token=([\w-]+)/.exec(outbox.items.find((m) => m.to === p.email)?.text ?? '')?.[1];
    expect(token).toBeTruthy();
    const accepted = await request.post('/api/v1/invitations/accept', {
      headers,
      data: { token, password: NEW_PASSWORD },
    });
    expect(accepted.status(), await accepted.text()).toBe(200);
    emails.push(p.email as string);
  }
  return emails;
}

/** Answers every question of the current step with the option at `position` (1 = "Altijd"). */
async function answerStep(page: Page, position: number) {
  const groups = page.getByRole('radiogroup');
  const count = await groups.count();
  for (let i = 0; i < count; i++)
    await groups
      .nth(i)
      .getByRole('radio')
      .nth(position - 1)
      .check();
}

test('HR starts a survey for two units, employees answer on a phone, HR sees results and a notice', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(900_000);
  const hr = await signIn(browser, 'hr@demo.inzetbaar.nl', PASSWORD);
  const units = (await (await hr.request.get('/api/v1/units')).json()) as { id: string; name: string }[];
  const noord = units.find((u) => u.name === 'Wijkteam Noord')?.id as string;
  const colleagues = await accountsIn(hr.request, baseURL as string, noord, 4);

  // HR starts the survey for two units with the CBI and k = 5
  await hr.goto('/');
  await hr.getByRole('navigation').getByRole('link', { name: 'Vitaliteitsonderzoek' }).click();
  await hr.getByRole('button', { name: 'Nieuw onderzoek' }).click();
  const form = hr.getByRole('dialog');
  await form.getByLabel('Naam van het onderzoek').fill('E2E: werkdruk wijkzorg en financiën');
  await expect(form.getByRole('checkbox', { name: /Copenhagen Burnout Inventory/ })).toBeChecked();
  await form.getByRole('switch', { name: 'De hele organisatie uitnodigen' }).uncheck();
  const unitsInput = form.getByRole('combobox', { name: 'Afdelingen' });
  for (const unit of ['Wijkteam Noord', 'Financiën']) {
    await unitsInput.fill(unit);
    await hr.getByRole('option', { name: new RegExp(`› ${unit}$`) }).click();
  }
  await form.getByRole('textbox', { name: 'Minimale groepsgrootte (k)' }).fill('5');
  await expectNoA11yViolations(hr);
  await form.getByRole('button', { name: 'Onderzoek starten' }).click();
  await expect(hr.getByRole('heading', { name: 'E2E: werkdruk wijkzorg en financiën' })).toBeVisible();
  await expect(hr.getByText('Loopt')).toBeVisible();
  await expect(hr.getByText(/De respons wordt getoond vanaf 5/)).toBeVisible();

  // five colleagues of Wijkteam Noord answer on a phone; each sees their own feedback at once
  const answerers = ['medewerker@demo.inzetbaar.nl', ...colleagues];
  for (const [i, email] of answerers.entries()) {
    const page = await signIn(browser, email, i === 0 ? PASSWORD : NEW_PASSWORD, true);
    await page.goto('/vitaliteit/mijn-vragenlijsten');
    const card = page
      .locator('.mantine-Card-root')
      .filter({ hasText: 'E2E: werkdruk wijkzorg en financiën' });
    await card.getByRole('link', { name: 'Invullen' }).click();
    await expect(page.getByText('Stap 1 van 3')).toBeVisible();
    const position = (i % 5) + 1;
    await answerStep(page, position);
    if (i === 0) {
      // save half-way, come back later: the answers are still there
      await page.getByRole('button', { name: 'Opslaan en later verder' }).click();
      await expect(page.getByText('Je antwoorden zijn bewaard.')).toBeVisible();
      await page
        .locator('.mantine-Card-root')
        .filter({ hasText: 'E2E' })
        .getByRole('link', { name: 'Verder invullen' })
        .click();
      await expect(
        page
          .getByRole('radiogroup')
          .first()
          .getByRole('radio')
          .nth(position - 1),
      ).toBeChecked();
      await expectNoA11yViolations(page);
      await shot(page, 'answer-phone');
    }
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(page.getByText('Stap 2 van 3')).toBeVisible();
    await answerStep(page, position);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(page.getByText('Stap 3 van 3')).toBeVisible();
    await answerStep(page, position);
    await page.getByRole('button', { name: 'Versturen' }).click();

    await expect(page.getByRole('heading', { name: 'Jouw uitkomst' })).toBeVisible();
    await expect(page.getByText('Alleen jij ziet deze uitkomst.', { exact: false })).toBeVisible();
    await expect(page.getByText('Persoonlijke burn-out', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download als pdf' })).toBeVisible();
    if (i === 0) {
      // "always" on every item: the highest personal burn-out score; the work scale is 6 × 100 + 0
      // over 7 because "enough energy for family and friends" is reverse scored; and the physician
      await expect(page.getByText('100 / 100').first()).toBeVisible();
      await expect(page.getByText('85,7 / 100')).toBeVisible();
      await expect(page.getByText('Open spreekuur bij de bedrijfsarts')).toBeVisible();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download als pdf' }).click();
      expect((await download).suggestedFilename()).toBe('mijn-uitkomst.pdf');
      await expectNoA11yViolations(page);
      await shot(page, 'feedback-phone');
      // answer once: the questionnaire cannot be opened again
      await page.goto('/vitaliteit/mijn-vragenlijsten');
      await expect(
        page.locator('.mantine-Card-root').filter({ hasText: 'E2E' }).getByText('Verstuurd'),
      ).toBeVisible();
    }
    await page.context().close();
  }

  // HR closes the survey and sees Wijkteam Noord, and "too few responses" for Financiën
  await hr.reload();
  await expect(hr.getByText('5 van ', { exact: false })).toBeVisible();
  await hr.getByRole('button', { name: 'Onderzoek afsluiten' }).click();
  await hr.getByRole('dialog').getByRole('button', { name: 'Onderzoek afsluiten' }).click();
  const table = hr.getByRole('table', { name: 'Scores per groep' });
  await expect(table).toBeVisible();
  const noordRow = table.getByRole('row').filter({ hasText: 'Wijkteam Noord' });
  await expect(noordRow).toBeVisible();
  await expect(noordRow.getByRole('cell').nth(1)).toHaveText('5');
  await expect(table.getByRole('row').filter({ hasText: 'Financiën' })).toHaveCount(0);
  await expect(hr.getByText('Financiën: te weinig reacties')).toBeVisible();
  await expectNoA11yViolations(hr);
  await shot(hr, 'results-hr');
});
