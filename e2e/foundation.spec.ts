import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';

// The platform foundation as a person uses it: log in, switch language, create a unit, add a
// person, import a CSV with one bad row (nothing written), and find it all in the audit log.
const HR = { email: 'hr@demo.inzetbaar.nl', password: 'inzetbaar-demo' };
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

test('HR runs the foundation journey in Dutch and English', async ({ page }) => {
  const stamp = Date.now().toString().slice(-6);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
  await expectNoA11yViolations(page);
  await shot(page, '01-login');
  await page.getByLabel('E-mailadres').fill(HR.email);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(HR.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { name: 'Medewerkers' })).toBeVisible();
  await expect(page.getByText(/van 23\d/)).toBeVisible(); // the demo organisation's ~230 current staff
  await expectNoA11yViolations(page);
  await shot(page, '02-people');

  // language switch, remembered across a reload
  await page.getByRole('button', { name: /Taal wijzigen/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Employees' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Employees' })).toBeVisible();
  await page.getByRole('button', { name: /Change language/ }).click();
  await page.getByRole('menuitem', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { name: 'Medewerkers' })).toBeVisible();

  // a new unit
  const unit = `Team E2E ${stamp}`;
  await page.getByRole('navigation').getByRole('link', { name: 'Afdelingen' }).click();
  await page.getByRole('button', { name: 'Nieuwe afdeling' }).first().click();
  await page.getByLabel('Naam van de nieuwe afdeling').fill(unit);
  await page.keyboard.press('Enter');
  await expect(page.getByText(unit).first()).toBeVisible();
  await shot(page, '03-units');

  // a new person
  await page.getByRole('navigation').getByRole('link', { name: 'Medewerkers' }).click();
  await page.getByRole('button', { name: 'Nieuwe medewerker' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Personeelsnummer').fill(`E2E-${stamp}`);
  await dialog.getByLabel('Roepnaam').fill('Esmée');
  await dialog.getByLabel('Achternaam').fill(`Proef${stamp}`);
  await dialog.getByRole('checkbox', { name: 'Direct een dienstverband vastleggen' }).uncheck();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText(`Esmée Proef${stamp} is toegevoegd.`)).toBeVisible();

  // an import with one bad row: reported with its row number, nothing can be written
  await page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
  const csv = [
    'Personeelsnummer;Roepnaam;Achternaam;Datum in dienst;Uren per week;Functie',
    `I-${stamp}-1;Ilse;Goed;01-03-2024;24;Helpende`,
    `I-${stamp}-2;;Fout;31-02-2024;24;Helpende`,
  ].join('\n');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'medewerkers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByText('Het bestand bevat fouten.', { exact: false })).toBeVisible();
  // row 3 (header = row 1) has two problems: no roepnaam, and 31-02 is no date
  const errors = page.getByRole('table', { name: /2 fouten, per rij/ });
  await expect(errors.getByRole('row').filter({ hasText: 'Roepnaam' })).toContainText('3');
  await expect(errors.getByRole('row').filter({ hasText: 'Datum in dienst' })).toContainText('3');
  await expect(page.getByRole('button', { name: /importeren/i })).toBeDisabled();
  await expectNoA11yViolations(page);
  await shot(page, '04-import-errors');

  // the audit log shows what HR just did
  await page.getByRole('navigation').getByRole('link', { name: 'Auditlog' }).click();
  await expect(page.getByText('Afdeling toegevoegd').first()).toBeVisible();
  await expect(page.getByText('Medewerker toegevoegd').first()).toBeVisible();
  await shot(page, '05-audit');

  // and the people list did not get the imported rows
  await page.getByRole('navigation').getByRole('link', { name: 'Medewerkers' }).click();
  await page.getByLabel('Zoeken').fill(`I-${stamp}`);
  await expect(page.getByText('Geen medewerkers gevonden')).toBeVisible();
});

test('a manager sees only their own unit, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill('manager@demo.inzetbaar.nl');
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill('inzetbaar-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { name: 'Medewerkers' })).toBeVisible();
  await expect(page.getByText('Wijkteam Noord').filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByText('Wijkteam Zuid').filter({ visible: true })).toHaveCount(0);
  await expectNoA11yViolations(page);
  await shot(page, '06-manager-phone');
});
