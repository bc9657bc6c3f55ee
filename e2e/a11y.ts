import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe over the page (or only what `include` selects, e.g. `main` or an open dialog: the dimmed page
 * behind an overlay fails contrast by design), WCAG 2 A and AA. Waits first until running
 * animations end: a dialog or notification still fading in has a partial opacity, which axe reads
 * as low contrast.
 */
export async function expectNoA11yViolations(
  page: Page,
  opts: { mainOnly?: boolean; include?: string } = {},
) {
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  const include = opts.include ?? (opts.mainOnly ? 'main' : undefined);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
