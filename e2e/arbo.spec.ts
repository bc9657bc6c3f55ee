import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';

// Issue 4, end to end: the prevention officer completes a module of an RI&E, records that it was made
// with a recognised branche instrument, adds a measure with an owner and a due date; an employee reports
// an unsafe situation anonymously; the prevention officer links the report to a risk of the RI&E they
// choose; a toetsing is recorded and listed in the history; the accident figures follow a period; the
// report PDF downloads.
const PASSWORD = 'inzetbaar-demo';
const screen = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/arbo-${name}.png`, fullPage: true });

async function signIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Melden' })).toBeVisible();
  return page;
}

const card = (page: Page, statement: string) =>
  page.locator('.mantine-Card-root').filter({ hasText: statement });

async function answer(page: Page, statement: string, label: string) {
  const c = card(page, statement);
  await c.getByText(label, { exact: true }).click();
  await c.getByRole('button', { name: 'Opslaan' }).click();
  await expect(c.getByRole('button', { name: 'Opslaan' })).toBeEnabled();
}

test('RI&E module, measure, anonymous report, triage and PDF', async ({ browser }) => {
  // A long journey (three users, eight pages, six axe scans) on a shared, busy machine.
  test.setTimeout(180_000);
  const po = await signIn(browser, 'preventie@demo.inzetbaar.nl');
  const year = new Date().getFullYear();

  // a new RI&E for this year, on the care catalogue (the demo organisation is in SBI Q)
  await po.getByRole('navigation').getByRole('link', { name: 'RI&E' }).click();
  await po.getByRole('button', { name: 'Nieuwe RI&E' }).click();
  await expect(po.getByText('Instrument: RI&E zorg en welzijn')).toBeVisible();
  await po.getByRole('button', { name: 'Starten' }).click();
  await po.getByRole('link', { name: `RI&E ${year}` }).click();

  // the PSA module: every risk answered, aggression present and evaluated with Fine & Kinney
  await expect(po.getByRole('heading', { name: 'Psychosociale arbeidsbelasting (PSA)' })).toBeVisible();
  await answer(po, 'Er is een vastgelegd beleid', 'In orde');
  await answer(po, 'De werkdruk past bij de tijd', 'In orde');
  const aggression = card(po, 'Medewerkers worden beschermd tegen agressie');
  await aggression.getByText('Risico aanwezig', { exact: true }).click();
  for (const [label, option] of [
    ['Waarschijnlijkheid (W)', '3 — ongewoon, maar mogelijk'],
    ['Blootstelling (B)', '6 — dagelijks'],
    ['Effect (E)', '7 — blijvend letsel'],
  ]) {
    await aggression.getByRole('combobox', { name: label }).click();
    await po.getByRole('option', { name: option }).click();
  }
  await expect(aggression.getByText('R = 3 × 6 × 7 = 126')).toBeVisible();
  await aggression.getByRole('button', { name: 'Opslaan' }).click();
  await expect(aggression.getByText('Maatregelen vereist')).toBeVisible();
  await answer(po, 'Er wordt op het werk niet gepest', 'In orde');
  await answer(po, 'beschermd tegen seksuele intimidatie', 'In orde');
  await answer(po, 'niet gediscrimineerd', 'In orde');
  await expect(po.getByText('6 van 6 risico’s beoordeeld')).toBeVisible();
  await expectNoA11yViolations(po);

  // the recognised branche instrument is stored on the RI&E and read by the duties card
  await po.getByRole('switch', { name: 'Deze RI&E is gemaakt met een erkend branche-instrument' }).check();
  await po.getByLabel('Naam van het instrument').fill('RI&E Zorg en Welzijn 4.0');
  await po
    .locator('.mantine-Paper-root')
    .filter({ hasText: 'Erkend branche-instrument' })
    .getByRole('button', { name: 'Opslaan' })
    .click();
  await expect(po.getByText('De wijzigingen zijn opgeslagen.').first()).toBeVisible();
  await po.getByRole('navigation').getByRole('link', { name: 'RI&E' }).click();
  await expect(
    po.getByText(
      `Beoordeeld op de RI&E ${year}: gemaakt met het erkende branche-instrument RI&E Zorg en Welzijn 4.0.`,
    ),
  ).toBeVisible();

  // a scopetoets of this year's RI&E joins the history (newest first) above last year's two toetsen
  await po.getByRole('button', { name: 'Toetsing', exact: true }).click();
  const toets = po.getByRole('dialog');
  await expect(toets.getByRole('combobox', { name: 'RI&E' })).toHaveValue(`RI&E ${year}`);
  await toets.getByRole('combobox', { name: 'Soort toets' }).click();
  await po.getByRole('option', { name: 'Scopetoets', exact: true }).click();
  await toets.getByLabel('Kerndeskundige of arbodienst').fill('E2E: ing. P. Bakker');
  await toets.getByRole('combobox', { name: 'Kerndeskundigheid' }).click();
  await po.getByRole('option', { name: 'Hogere veiligheidskundige' }).click();
  await toets.getByRole('combobox', { name: 'Oordeel' }).click();
  await po.getByRole('option', { name: 'Akkoord met opmerkingen' }).click();
  await toets.getByLabel('Uitkomst en opmerkingen').fill('Scope compleet; werkdruk verder uitdiepen.');
  await toets.getByRole('button', { name: 'Opslaan' }).click();
  const history = po
    .locator('.mantine-Paper-root')
    .filter({ has: po.getByRole('heading', { name: 'Toetsingen' }) });
  const rows = history.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('E2E: ing. P. Bakker');
  await expect(rows.first()).toContainText('Scopetoets');
  await expect(rows.nth(1)).toContainText('Scopetoets');
  await expect(rows.nth(2)).toContainText('Systeemtoets');
  await expect(po.getByText('Systeemtoets: ontbreekt; scopetoets:', { exact: false })).toBeVisible();
  await expectNoA11yViolations(po);
  await screen(po, 'toetsing-history');

  // a measure with an owner and a due date
  await po.getByRole('navigation').getByRole('link', { name: 'Plan van aanpak' }).click();
  await po.getByRole('button', { name: 'Nieuwe maatregel' }).click();
  const dialog = po.getByRole('dialog');
  await dialog.getByLabel('Maatregel').fill('E2E: training agressie voor de avonddienst');
  await dialog.getByRole('combobox', { name: 'Eigenaar' }).fill('Zieli');
  await po.getByRole('option').first().click();
  await dialog.getByLabel('Uiterlijk').fill(`${year + 1}-03-01`);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(po.getByRole('cell', { name: 'E2E: training agressie voor de avonddienst' })).toBeVisible();

  // an employee reports anonymously and gets a private link
  const emp = await signIn(browser, 'medewerker@demo.inzetbaar.nl');
  await emp.getByRole('navigation').getByRole('link', { name: 'Melden' }).click();
  await emp.getByLabel('Wat is er aan de hand?').fill('E2E: cliënt dreigde met een schaar bij de avondzorg');
  await emp.getByRole('checkbox', { name: 'Anoniem melden' }).check();
  await emp.getByRole('button', { name: 'Melding versturen' }).click();
  await expect(emp.getByText('Dank je wel voor je melding')).toBeVisible();
  const link = (await emp.locator('code').textContent()) ?? '';
  expect(link).toContain('/terugkoppeling/');
  await expectNoA11yViolations(emp);

  // the prevention officer links it to the risk and answers
  await po.getByRole('navigation').getByRole('link', { name: 'Meldingen' }).click();
  const report = po.locator('.mantine-Card-root').filter({ hasText: 'E2E: cliënt dreigde' });
  await expect(report.getByText('Anoniem', { exact: true })).toBeVisible();
  // the newest RI&E is the default; the prevention officer may choose another one
  const rieSelect = report.getByRole('combobox', { name: 'RI&E', exact: true });
  await expect(rieSelect).toHaveValue(`RI&E ${year} · Concept`);
  await rieSelect.click();
  await po.getByRole('option', { name: `RI&E ${year - 1} · Vastgesteld` }).click();
  await rieSelect.click();
  await po.getByRole('option', { name: `RI&E ${year} · Concept` }).click();
  await report
    .getByRole('combobox', { name: 'Risico in de RI&E' })
    .fill('beschermd tegen agressie en geweld van klanten');
  await po.getByRole('option').first().click();
  await report.getByLabel('Terugkoppeling').fill('Besproken in het team; een alarmknop wordt aangeschaft.');
  await report.getByRole('button', { name: 'Opslaan' }).click();
  await expect(po.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
  await expectNoA11yViolations(po);

  // the reporter reads the feedback through the private link, without signing in
  const anonymousPage = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await anonymousPage.goto(link);
  await expect(
    anonymousPage.getByText('Besproken in het team; een alarmknop wordt aangeschaft.'),
  ).toBeVisible();

  // the accident figures follow the period filter (default the last 12 months)
  await po.getByRole('navigation').getByRole('link', { name: 'Ongevallen' }).click();
  await expect(po.getByRole('heading', { name: /^Kengetallen / })).toBeVisible();
  const figures = po
    .locator('.mantine-Paper-root')
    .filter({ has: po.getByRole('heading', { name: /^Kengetallen / }) });
  await expect(figures.getByText('Met verzuim per 1.000.000 uur').first()).toBeVisible();
  await expect(figures.getByText('waarvan 3 met verzuim', { exact: true })).toBeVisible();
  // The pointer still rests on the active nav link just clicked; its hover colour is the app shell's,
  // not this page's (axe flags it as color-contrast), so move it away before the scan.
  await po.mouse.move(0, 0);
  await expectNoA11yViolations(po);
  await screen(po, 'accidents-period');
  const from = po.getByLabel('Van', { exact: true });
  const lastMonth = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  await from.fill(lastMonth);
  await expect(figures.getByText('waarvan 1 met verzuim', { exact: true })).toBeVisible();
  await po.getByRole('button', { name: 'Laatste 12 maanden' }).click();
  await expect(figures.getByText('waarvan 3 met verzuim', { exact: true })).toBeVisible();

  // the report, and its PDF
  await po.getByRole('navigation').getByRole('link', { name: 'RI&E' }).click();
  await po
    .getByRole('row', { name: new RegExp(`RI&E ${year}`) })
    .getByRole('link', { name: 'Rapport' })
    .click();
  await expect(po.getByRole('heading', { name: `Rapport RI&E ${year}` })).toBeVisible();
  await expect(
    po.getByText(
      'Erkend branche-instrument: Gemaakt met het erkende branche-instrument RI&E Zorg en Welzijn 4.0.',
    ),
  ).toBeVisible();
  await expect(po.getByText(/Scopetoets: E2E: ing. P. Bakker \(Hogere veiligheidskundige\)/)).toBeVisible();
  await expectNoA11yViolations(po);
  const [download] = await Promise.all([
    po.waitForEvent('download'),
    po.getByRole('button', { name: 'PDF downloaden' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`rie-${year}.pdf`);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(path).subarray(0, 4).toString('latin1')).toBe('%PDF');
});

test('undesirable behaviour reaches only the vertrouwenspersoon; attendance added later; deletes', async ({
  browser,
}) => {
  // the employee reports sexual harassment: the form names the vertrouwenspersoon before sending
  const emp = await signIn(browser, 'medewerker@demo.inzetbaar.nl');
  await emp.getByRole('navigation').getByRole('link', { name: 'Melden' }).click();
  await emp.getByRole('combobox', { name: 'Wat wil je melden?' }).click();
  await emp.getByRole('option', { name: 'Seksuele intimidatie' }).click();
  await expect(
    emp.getByText('Vertrouwenspersoon: Marjolein Kuipers (vertrouwenspersoon@demo.inzetbaar.nl)'),
  ).toBeVisible();
  await emp.getByLabel('Wat is er aan de hand?').fill('E2E: opmerkingen over mijn uiterlijk in de pauze');
  await emp.screenshot({ path: 'test-results/report-form-vertrouwenspersoon.png' });
  await emp.getByRole('button', { name: 'Melding versturen' }).click();
  await expect(emp.getByText('Je melding gaat naar de vertrouwenspersoon')).toBeVisible();

  // the prevention officer does not see it
  const po = await signIn(browser, 'preventie@demo.inzetbaar.nl');
  await po.getByRole('navigation').getByRole('link', { name: 'Meldingen' }).click();
  await expect(po.getByText('Verlichting van de parkeerplaats')).toBeVisible();
  await expect(po.getByText('E2E: opmerkingen over mijn uiterlijk')).toHaveCount(0);

  // the vertrouwenspersoon reads it, with the reporter's name, and answers; no RI&E link
  const vp = await signIn(browser, 'vertrouwenspersoon@demo.inzetbaar.nl');
  await vp.getByRole('navigation').getByRole('link', { name: 'Meldingen' }).click();
  const card = vp.locator('.mantine-Card-root').filter({ hasText: 'E2E: opmerkingen over mijn uiterlijk' });
  await expect(card.getByText('Gemeld door Samira Benali')).toBeVisible();
  await expect(vp.getByText('Ik word door een collega steeds buitengesloten')).toBeVisible();
  await expect(vp.getByText('Verlichting van de parkeerplaats')).toHaveCount(0);
  await expect(card.getByRole('combobox', { name: 'Risico in de RI&E' })).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Maatregel maken' })).toHaveCount(0);
  await card.getByLabel('Terugkoppeling').fill('Dank je. Ik bel je morgen voor een gesprek.');
  await card.getByRole('button', { name: 'Opslaan' }).click();
  await expect(vp.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
  // answering moves a new report to "in behandeling"
  await expect(card.getByText('In behandeling', { exact: true }).first()).toBeVisible();
  await expectNoA11yViolations(vp);
  await vp.screenshot({ path: 'test-results/triage-vertrouwenspersoon.png', fullPage: true });

  // attendance added to an instruction after the fact, then the instruction deleted
  await po.getByRole('navigation').getByRole('link', { name: 'Voorlichting' }).click();
  await po.getByRole('button', { name: 'Instructie vastleggen' }).click();
  const dialog = po.getByRole('dialog');
  await dialog.getByLabel('Onderwerp').fill('E2E: werken op ladders');
  await dialog.getByLabel('Gegeven door').fill('Preventiemedewerker');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  const instruction = po.locator('.mantine-Paper-root').filter({ hasText: 'E2E: werken op ladders' });
  await expect(instruction.getByText('0 aanwezig, 0 bevestigd')).toBeVisible();
  await instruction.getByRole('button', { name: 'Deelnemers toevoegen aan E2E: werken op ladders' }).click();
  const add = po.getByRole('dialog');
  await add.getByLabel('Deelnemers', { exact: true }).fill('Benali');
  await po.getByRole('option', { name: /Samira Benali/ }).click();
  // close the option list (it stays open for more picks) by clicking beside it
  await add.getByRole('heading', { name: 'Deelnemers toevoegen: E2E: werken op ladders' }).click();
  await add.getByRole('button', { name: 'Deelnemers toevoegen' }).click();
  await expect(instruction.getByText('1 aanwezig, 0 bevestigd')).toBeVisible();
  await expectNoA11yViolations(po);
  await instruction.screenshot({ path: 'test-results/instruction-attendance-added.png' });
  await instruction.getByRole('button', { name: /^E2E: werken op ladders van .* verwijderen$/ }).click();
  const confirm = po.getByRole('dialog', { name: 'Instructie verwijderen?' });
  await expect(confirm.getByText('met de aanwezigheid van 1 deelnemer (0 bevestigd)')).toBeVisible();
  await confirm.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(po.getByText('De instructie is verwijderd.')).toBeVisible();
  await expect(instruction).toHaveCount(0);

  // a reminder's deep link opens the measure; one of the locked RI&E cannot be deleted
  const measures = await (await po.request.get('/api/v1/measures')).json();
  const locked = measures.items.find((m: { description: string }) =>
    m.description.startsWith('Alarmknop voor alleenwerkenden'),
  );
  await po.goto(`/arbo/plan-van-aanpak?measure=${locked.id}`);
  const edit = po.getByRole('dialog', { name: 'Bewerken' });
  await expect(edit.getByRole('textbox', { name: 'Maatregel' })).toHaveValue(locked.description);
  await expect(edit.getByText('hoort bij een vastgestelde RI&E')).toBeVisible();
  await expect(edit.getByRole('button', { name: 'Verwijderen' })).toHaveCount(0);
  await edit.screenshot({ path: 'test-results/measure-deep-link-locked.png' });
  await edit.getByRole('button', { name: 'Annuleren' }).click();

  // a measure made by mistake is deleted after confirmation
  await po.getByRole('button', { name: 'Nieuwe maatregel' }).click();
  await po.getByRole('dialog').getByLabel('Maatregel').fill('E2E: per ongeluk aangemaakt');
  await po.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
  const row = po.getByRole('row').filter({ hasText: 'E2E: per ongeluk aangemaakt' });
  await row.getByRole('button', { name: 'Bewerken' }).click();
  await po.getByRole('dialog', { name: 'Bewerken' }).getByRole('button', { name: 'Verwijderen' }).click();
  await po
    .getByRole('dialog', { name: 'Maatregel verwijderen?' })
    .getByRole('button', { name: 'Verwijderen' })
    .click();
  await expect(po.getByText('De maatregel is verwijderd.')).toBeVisible();
  await expect(row).toHaveCount(0);
});
