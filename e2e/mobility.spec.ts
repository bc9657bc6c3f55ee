import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';

// Issue 14's journeys: an employee opts in to other work on "Mijn mogelijkheden"; HR publishes a
// vacancy from an ESCO occupation and finds that employee among its candidates, with the reason;
// a coach opens the transition plan of a person threatened with redundancy and turns the top
// transition's skill gap into POP goals.
const PASSWORD = 'inzetbaar-demo';
const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: `test-results/screens/mobility-${name}.png`, fullPage: true });
  await page.screenshot({ path: `test-results/screens/mobility-${name}-top.png` });
};

async function logIn(browser: Browser, who: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(`${who}@demo.inzetbaar.nl`);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Mijn mogelijkheden' })).toBeVisible();
  return page;
}

test('an employee who opted in appears as a candidate for a new vacancy, with an explanation', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const employee = await logIn(browser, 'medewerker');
  await employee.getByRole('navigation').getByRole('link', { name: 'Mijn mogelijkheden' }).click();
  await expect(employee.getByRole('heading', { name: 'Mijn mogelijkheden', level: 1 })).toBeVisible();
  await expect(employee.getByRole('heading', { name: 'Beroepen die bij je passen' })).toBeVisible();
  // cards show the gap and a first learning step
  const firstCard = employee.getByTestId('transition-card').first();
  await expect(firstCard.getByText(/van \d+ essentiële vaardigheden/)).toBeVisible();
  const optIn = employee.getByRole('switch', { name: 'Ik sta open voor ander werk' });
  await expect(optIn).not.toBeChecked();
  await optIn.click({ force: true });
  await expect(employee.getByText('Je staat nu open voor ander werk.')).toBeVisible();
  await expect(optIn).toBeChecked();
  await expectNoA11yViolations(employee, { mainOnly: true });
  await shot(employee, '01-mijn-mogelijkheden');

  const hr = await logIn(browser, 'hr');
  await hr.getByRole('navigation').getByRole('link', { name: 'Interne vacatures' }).click();
  await hr.getByRole('button', { name: 'Nieuwe vacature of opdracht' }).click();
  const dialog = hr.getByRole('dialog');
  await dialog.getByLabel('Titel').fill('Verzorgende IG Wijkteam Oost');
  await dialog.getByRole('combobox', { name: /ESCO-beroep/ }).fill('thuiszorg');
  await hr.getByRole('option', { name: /^thuiszorgmedewerker/ }).click();
  await dialog.getByRole('button', { name: 'Publiceren' }).click();
  await expect(hr.getByText('De vacature is gepubliceerd.')).toBeVisible();
  await hr
    .getByRole('row', { name: /Verzorgende IG Wijkteam Oost/ })
    .getByRole('link', { name: 'Kandidaten' })
    .click();
  await expect(
    hr.getByRole('heading', { name: 'Kandidaten: Verzorgende IG Wijkteam Oost', level: 1 }),
  ).toBeVisible();
  const samira = hr.getByTestId('candidate').filter({ hasText: 'Samira Benali' });
  await expect(samira).toBeVisible();
  await expect(
    samira.getByText(/overstap naar Verzorgende IG Wijkteam Oost: \d+ van de \d+ essentiële/),
  ).toBeVisible();
  await expectNoA11yViolations(hr, { mainOnly: true });
  await shot(hr, '02-kandidaten');
});

test("a coach turns the top transition's gap of a redundant person into POP goals", async ({ browser }) => {
  test.setTimeout(180_000);
  const coach = await logIn(browser, 'coach');
  await coach.getByRole('navigation').getByRole('link', { name: 'Loopbaantrajecten' }).click();
  await expect(coach.getByRole('heading', { name: 'Loopbaantrajecten', level: 1 })).toBeVisible();
  await coach.getByRole('link', { name: 'Transitieplan' }).first().click();
  await expect(coach.getByRole('heading', { name: /^Transitieplan /, level: 1 })).toBeVisible();
  await expect(coach.getByRole('heading', { name: '1. Intern' })).toBeVisible();
  await expect(coach.getByText('Nog geen ontwikkeldoelen.')).toBeVisible();
  await coach.getByRole('button', { name: 'Omzetten in POP-doelen' }).first().click();
  await expect(coach.getByText(/ontwikkeldoel(en)? toegevoegd aan het POP/)).toBeVisible();
  await expect(coach.getByTestId('pop-goals').getByRole('listitem').first()).toBeVisible();
  await expect(coach.getByText(/^Gekozen overstap: /)).toBeVisible();
  await expectNoA11yViolations(coach, { mainOnly: true });
  await shot(coach, '03-transitieplan');
});

test('HR assigns the missing coach in the reorganisation overview; the works council sees counts only', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const hr = await logIn(browser, 'hr');
  await hr.getByRole('navigation').getByRole('link', { name: 'Reorganisaties' }).click();
  await hr.getByRole('link', { name: 'Uitbesteding huishouding en keuken' }).click();
  await expect(
    hr.getByRole('heading', { name: 'Uitbesteding huishouding en keuken', level: 1 }),
  ).toBeVisible();
  // the demo leaves one person without a coach
  const coachFields = hr.getByRole('combobox', { name: 'Coach' });
  await expect(coachFields.first()).toBeVisible();
  const values = async () => Promise.all((await coachFields.all()).map((f) => f.inputValue()));
  expect((await values()).filter((v) => v === '')).toHaveLength(1);
  const empty = coachFields.nth((await values()).indexOf(''));
  await empty.fill('Pinas');
  await hr.getByRole('option', { name: /Errol Pinas/ }).click();
  await expect(hr.getByText('De coach is opgeslagen.')).toBeVisible();
  await expect.poll(async () => (await values()).filter((v) => v === '').length).toBe(0);
  await expectNoA11yViolations(hr, { mainOnly: true });
  await shot(hr, '04-reorganisatie');

  const or = await logIn(browser, 'or');
  await or.getByRole('navigation').getByRole('link', { name: 'Reorganisaties' }).click();
  // no link to the people: the works council gets the counts
  await expect(or.getByRole('link', { name: 'Uitbesteding huishouding en keuken' })).toHaveCount(0);
  await or.getByRole('button', { name: 'Rapportage OR' }).click();
  const report = or.getByRole('dialog', { name: 'Rapportage voor de ondernemingsraad' });
  await expect(report.getByText('Alleen aantallen, geen namen.', { exact: false })).toBeVisible();
  await expect(report.getByRole('row', { name: /Met een coach/ })).toBeVisible();
  await shot(or, '05-or-rapportage');
});
