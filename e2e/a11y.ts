import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe over the page (or only `main`), WCAG 2 A and AA. Waits first until running animations end:
 * a notification that is still fading in has a partial opacity, which axe reads as low contrast.
 */
export async function expectNoA11yViolations(page: Page, opts: { mainOnly?: boolean } = {}) {
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  if (opts.mainOnly) builder = builder.include('main');
  const result = await builder.analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
