import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './a11y';

// Issue 15: HR creates an API token for the payroll system on the Koppelingen page; the secret is
// shown once; the payroll system lists people with it; HR revokes it and the system is refused.
const PASSWORD = 'inzetbaar-demo';
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/api-tokens-${name}.png`, fullPage: true });

test('HR creates an API token, an integration uses it, HR revokes it', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill('hr@demo.inzetbaar.nl');
  await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Koppelingen' }).click();
  await expect(page.getByRole('heading', { name: 'Koppelingen (API-tokens)', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Nieuwe API-token' }).click();
  const form = page.getByRole('dialog', { name: 'Nieuwe API-token' });
  // without a permission the form says so and sends nothing
  await form.getByRole('button', { name: 'Token aanmaken' }).click();
  await expect(form.getByRole('alert')).toHaveText('Kies ten minste één recht.');
  await form.getByLabel('Naam').fill('Salarisadministratie (AFAS)');
  await form.getByRole('checkbox', { name: 'Medewerkers en dienstverbanden: Lezen' }).check();
  await form.getByRole('checkbox', { name: /^Verzuim .*: Lezen$/ }).check();
  await expectNoA11yViolations(page, { include: '[role="dialog"]' });
  await shot(page, '01-create');
  await form.getByRole('button', { name: 'Token aanmaken' }).click();

  const secretDialog = page.getByRole('dialog', { name: 'Kopieer de token nu' });
  await expect(secretDialog).toBeVisible();
  const secret = (await secretDialog.getByTestId('api-token-secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^inz_[A-Za-z0-9_-]{43}$/);
  await expectNoA11yViolations(page, { include: '[role="dialog"]' });
  await shot(page, '02-secret-once');
  await secretDialog.getByRole('button', { name: 'Ik heb de token bewaard' }).click();

  const row = page.getByRole('row', { name: /Salarisadministratie \(AFAS\)/ });
  await expect(row.getByText('Actief')).toBeVisible();
  await expect(row.getByText('Medewerkers: lezen')).toBeVisible();
  // the list never shows the secret again, only its first characters
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(row.getByText(`${secret.slice(0, 8)}…`)).toBeVisible();

  // the integration: no cookie, only the token
  const people = await request.get('/api/v1/people', { headers: { Authorization: `Bearer ${secret}` } });
  expect(people.status()).toBe(200);
  expect(((await people.json()) as { total: number }).total).toBeGreaterThan(0);
  expect(people.headers()['ratelimit-limit']).toBe('300');
  const write = await request.post('/api/v1/units', {
    headers: { Authorization: `Bearer ${secret}` },
    data: { name: 'Via koppeling' },
  });
  expect(write.status()).toBe(403);

  await page.reload();
  await expect(row.getByText('Nooit')).toHaveCount(0); // last use is shown
  await expectNoA11yViolations(page);
  await shot(page, '03-list');

  await row.getByRole('button', { name: 'Token Salarisadministratie (AFAS) intrekken' }).click();
  await page
    .getByRole('dialog', { name: 'API-token intrekken' })
    .getByRole('button', { name: 'Intrekken' })
    .click();
  await expect(row.getByText('Ingetrokken')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await shot(page, '04-revoked');
  const after = await request.get('/api/v1/people', { headers: { Authorization: `Bearer ${secret}` } });
  expect(after.status()).toBe(401);
});
