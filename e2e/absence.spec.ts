import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';

const expectMainA11y = (page: Page) => expectNoA11yViolations(page, { mainOnly: true });

// Issue 3's journey: a manager reports a team member sick (the Ziektewet vangnet applies — the form
// asks only whether, never why; it is one case like any other, with the UWV vangnet report); HR sees
// the case with its next deadline and subscribes a calendar; the physician writes a probleemanalyse,
// shares capabilities and releases a document; the manager sees the capabilities and downloads the
// document but does not see the notes; recovery closes the case; the dashboard shows the absence
// percentage next to the sector benchmark.
const PASSWORD = 'inzetbaar-demo';
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/absence-${name}.png`, fullPage: true });

/** The absence pages themselves (the main region); the shell has its own checks in foundation.spec.ts. */

async function logIn(browser: Browser, who: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(`${who}@demo.inzetbaar.nl`);
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Verzuim' })).toBeVisible();
  return page;
}

test('sick report to recovery across manager, HR and the occupational physician', async ({ browser }) => {
  // four roles in one journey, with axe checks: longer than the default minute on a shared machine
  test.setTimeout(180_000);
  const manager = await logIn(browser, 'manager');
  await manager.getByRole('navigation').getByRole('link', { name: 'Verzuim' }).click();
  await expect(manager.getByRole('heading', { name: 'Verzuim', level: 1 })).toBeVisible();
  await expectMainA11y(manager);
  await shot(manager, '01-manager-list');

  // Report the first team member who is not sick yet (the demo has some who are).
  let personName = '';
  for (let option = 0; option < 8 && !personName; option++) {
    await manager.getByRole('button', { name: 'Ziekmelden' }).click();
    const dialog = manager.getByRole('dialog');
    await expect(dialog.getByText('Vraag en noteer nooit wat iemand mankeert')).toBeVisible();
    // the person field has the focus, which opens its list; open it if it is not
    const options = manager.getByRole('option');
    if (!(await options.first().isVisible()))
      await dialog.getByRole('combobox', { name: 'Medewerker' }).click();
    const candidate = options.nth(option);
    const label = (await candidate.textContent()) ?? '';
    await candidate.click();
    // sick since yesterday, so that recovery today leaves one sick day
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA');
    await dialog.getByLabel('Eerste ziektedag').fill(yesterday);
    await dialog.getByLabel('Telefoonnummer tijdens ziekte').fill('06-12345678');
    // only WHETHER the vangnet applies (AP): one checkbox, no pregnancy question
    await expect(dialog.getByText('Geef alleen aan óf het vangnet geldt, niet waarom.')).toBeVisible();
    await expect(dialog.getByText(/zwangerschap of bevalling/i)).toHaveCount(0);
    await dialog
      .getByRole('checkbox', { name: /Valt deze ziekmelding onder het vangnet van de Ziektewet/ })
      .check();
    if (option === 0) await shot(manager, '01b-report-sick-vangnet');
    await dialog.getByRole('button', { name: 'Ziekmelding opslaan' }).click();
    const done = manager.getByRole('heading', { name: 'Poortwachter-tijdlijn' });
    const already = dialog.getByText('al ziek gemeld');
    await expect(done.or(already)).toBeVisible();
    if (await done.isVisible()) personName = label.replace(/\s*\(.*\)$/, '');
    else await dialog.getByRole('button', { name: 'Annuleren' }).click();
  }
  expect(personName).not.toBe('');
  await expect(manager.getByRole('heading', { name: personName, level: 1 })).toBeVisible();
  const caseUrl = manager.url();
  await expect(manager.getByText('Vangnet Ziektewet').first()).toBeVisible();
  await expect(
    manager.getByRole('row').filter({ hasText: 'Ziekmelding vangnet-Ziektewet bij UWV' }),
  ).toBeVisible();
  await shot(manager, '02-manager-case');

  // HR sees the case with its next deadline
  const hr = await logIn(browser, 'hr');
  await hr.getByRole('navigation').getByRole('link', { name: 'Verzuim' }).click();
  const row = hr.getByRole('row').filter({ hasText: personName });
  // a vangnet report: the UWV report on day 4 (wvp-2013-r2) comes before the arbodienst's
  await expect(row).toContainText('Ziekmelding vangnet-Ziektewet bij UWV');
  await expectMainA11y(hr);

  // HR subscribes a calendar to their deadlines: the secret URL works without a session
  await hr.getByRole('button', { name: 'Agenda-abonnement' }).click();
  const feedDialog = hr.getByRole('dialog', { name: 'Termijnen als agenda-abonnement' });
  await feedDialog.getByRole('button', { name: 'Link maken' }).click();
  const feedUrl = await feedDialog.getByLabel('Jouw abonnementslink').inputValue();
  expect(feedUrl).toMatch(/\/api\/v1\/calendar-feeds\/[\w-]{43}\.ics$/);
  await expectMainA11y(hr);
  await shot(hr, '02b-calendar-feed');
  const feed = await (await browser.newContext()).request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  await feedDialog.getByRole('button', { name: 'Sluiten' }).click();

  // the physician writes the probleemanalyse (a medical note), records it, shares capabilities
  const doctor = await logIn(browser, 'bedrijfsarts');
  await doctor.goto(caseUrl);
  await expect(doctor.getByRole('heading', { name: 'Medisch dossier (alleen bedrijfsarts)' })).toBeVisible();
  // the plan van aanpak is the employer's: the physician reads it but has no form to write it,
  // where the manager does (issue #11 §1)
  await expect(manager.getByRole('textbox', { name: 'Doelen' })).toBeVisible();
  await expect(doctor.getByText('Plan van aanpak').first()).toBeVisible();
  await expect(doctor.getByRole('textbox', { name: 'Doelen' })).toHaveCount(0);
  await doctor.getByLabel('Notitie').fill('Probleemanalyse: overbelasting, prognose gunstig.');
  await doctor.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(doctor.getByText('Probleemanalyse: overbelasting, prognose gunstig.')).toBeVisible();
  await doctor
    .getByRole('row')
    .filter({ hasText: 'Probleemanalyse bedrijfsarts' })
    .getByRole('button', { name: 'Gedaan' })
    .click();
  await doctor.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
  await expect(doctor.getByText('Probleemanalyse bedrijfsarts is afgerond.')).toBeVisible();
  await doctor.getByLabel('Beperkingen').fill('Niet tillen boven 10 kg');
  await doctor.getByLabel('Mogelijkheden').fill('Administratief werk, 4 uur per dag');
  await doctor.getByLabel('Werkadvies').fill('Start met 3 × 4 uur per week');
  await doctor.getByRole('button', { name: 'Delen met werkgever' }).click();
  await expect(doctor.getByText('De belastbaarheid is gedeeld.')).toBeVisible();
  // uploads the advice as a PDF: medical until released, then released after the confirmation
  const docs = doctor.getByRole('region', { name: 'Documenten van de bedrijfsarts' });
  await docs.getByRole('textbox', { name: 'Titel' }).fill('Advies werkhervatting');
  await docs.locator('input[type=file]').setInputFiles({
    name: 'advies-werkhervatting.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  });
  await docs.getByRole('button', { name: 'Uploaden' }).click();
  const docRow = docs.getByRole('row').filter({ hasText: 'Advies werkhervatting' });
  await expect(docRow.getByText('Medisch')).toBeVisible();
  await docRow.getByRole('switch', { name: 'Advies werkhervatting vrijgeven aan de werkgever' }).click();
  const release = doctor.getByRole('dialog', { name: 'Document vrijgeven aan de werkgever' });
  await expect(release.getByRole('button', { name: 'Vrijgeven' })).toBeDisabled();
  await release.getByRole('checkbox').check();
  await release.getByRole('button', { name: 'Vrijgeven' }).click();
  await expect(docRow.getByText(/Vrijgegeven op/)).toBeVisible();
  await expectMainA11y(doctor);
  await docs.screenshot({ path: 'test-results/screens/absence-03b-documents-physician.png' });
  await shot(doctor, '03-physician-case');

  // the manager sees the capabilities, not the notes
  await manager.reload();
  await expect(manager.getByText('Administratief werk, 4 uur per dag')).toBeVisible();
  await expect(manager.getByText('overbelasting')).toHaveCount(0);
  await expect(manager.getByRole('heading', { name: /Medisch dossier/ })).toHaveCount(0);
  // and the released document, which they download
  const managerDocs = manager.getByRole('region', { name: 'Documenten van de bedrijfsarts' });
  await expect(managerDocs.getByText('Advies werkhervatting')).toBeVisible();
  const [download] = await Promise.all([
    manager.waitForEvent('download'),
    managerDocs.getByRole('button', { name: 'Advies werkhervatting downloaden' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('advies-werkhervatting.pdf');
  await managerDocs.screenshot({ path: 'test-results/screens/absence-03c-documents-manager.png' });
  await expectMainA11y(manager);

  // recovery closes the case
  await manager.getByRole('button', { name: 'Betermelden' }).first().click();
  await manager.getByRole('dialog').getByRole('button', { name: 'Betermelden' }).click();
  await expect(manager.getByText('De betermelding is vastgelegd.')).toBeVisible();
  await expect(manager.getByText('Hersteld').first()).toBeVisible();
  await shot(manager, '04-manager-recovered');

  // the dashboard: absence percentage next to the sector benchmark
  await hr
    .getByRole('button', { name: 'Verzuimcijfers' })
    .or(hr.getByRole('link', { name: 'Verzuimcijfers' }))
    .click();
  await expect(hr.getByRole('heading', { name: 'Verzuimpercentage naast de branche' })).toBeVisible();
  await expect(hr.getByText('Verzuimpercentage').first()).toBeVisible();
  await expect(hr.getByText(/CBS .* 20\d\d: \d/).first()).toBeVisible();
  await expect(hr.locator('.recharts-surface')).toBeVisible();
  await expectMainA11y(hr);
  await shot(hr, '05-dashboard');
});

test('in-app deadline notices can be marked read, one or all, and the nav badge follows', async ({
  browser,
}) => {
  // the fresh demo ran the day's reminders at start: the manager has notices for their unit
  const manager = await logIn(browser, 'manager');
  const nav = manager
    .getByRole('navigation')
    .getByRole('link', { name: /^Verzuim, \d+ ongelezen verzuimmelding/ });
  await expect(nav).toBeVisible();
  const before = Number((await nav.getAttribute('aria-label'))?.match(/(\d+) ongelezen/)?.[1]);
  expect(before).toBeGreaterThan(0);
  await nav.click();
  const notices = manager.getByRole('region', { name: 'Termijnen die aandacht vragen' });
  await expect(notices).toBeVisible();
  await expect(notices.getByText(/termijnen? met een ongelezen melding/)).toBeVisible();
  await expectMainA11y(manager);
  await shot(manager, '06-notices-unread');

  // one read: the item leaves the unread list and the badge counts one less
  const first = notices.getByRole('button', { name: /^Melding over .* als gelezen markeren$/ }).first();
  await first.click();
  if (before > 1) {
    await expect(
      manager.getByRole('navigation').getByRole('link', {
        name: `Verzuim, ${before - 1} ongelezen verzuimmelding${before - 1 === 1 ? '' : 'en'}`,
      }),
    ).toBeVisible();
    // all the rest at once
    await notices.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
  }
  await expect(notices.getByText('Alle meldingen zijn gelezen.')).toBeVisible();
  await expect(
    manager.getByRole('navigation').getByRole('link', { name: 'Verzuim', exact: true }),
  ).toBeVisible();
  // the read ones can be shown again, marked as read
  await notices.getByRole('switch', { name: /Gelezen meldingen? tonen/ }).check();
  await expect(notices.getByText('Gelezen', { exact: true }).first()).toBeVisible();
  await expectMainA11y(manager);
  await shot(manager, '07-notices-read');
  // read state is the server's: after a reload it stays read
  await manager.reload();
  await expect(notices.getByText('Alle meldingen zijn gelezen.')).toBeVisible();
});
