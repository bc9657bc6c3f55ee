import {
  type CSSVariablesResolver,
  createTheme,
  defaultVariantColorsResolver,
  FileInput,
  Modal,
  PasswordInput,
  parseThemeColor,
  Select,
  TableScrollContainer,
  type VariantColorsResolver,
} from '@mantine/core';
import type { TFunction } from 'i18next';

/** Colours whose darkest shade is still below 4.5:1 on their own palest shade. */
const DARK_TEXT = new Set(['yellow', 'orange', 'lime', 'green']);

/**
 * Light variants (badges, alerts, light buttons): the palest shade as background and shade 9 (or
 * near-black for the bright colours) as text. Mantine's defaults fail WCAG AA contrast for teal,
 * green, orange and yellow.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const base = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return base;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return base;
  const c = parsed.color;
  return {
    ...base,
    background: `var(--mantine-color-${c}-0)`,
    hover: `var(--mantine-color-${c}-1)`,
    color: DARK_TEXT.has(c) ? 'var(--mantine-color-dark-7)' : `var(--mantine-color-${c}-9)`,
  };
};

/**
 * primaryShade 8 on light backgrounds: Mantine's default (6) fails WCAG AA contrast on buttons and
 * links. Built per language so the built-in close/clear buttons get a translated accessible name.
 */
export const buildTheme = (t: TFunction) =>
  createTheme({
    primaryColor: 'blue',
    primaryShade: { light: 8, dark: 6 },
    defaultRadius: 'md',
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    headings: { fontWeight: '650' },
    variantColorResolver,
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } }),
      Select: Select.extend({ defaultProps: { clearButtonProps: { 'aria-label': t('common.clear') } } }),
      FileInput: FileInput.extend({
        defaultProps: { clearButtonProps: { 'aria-label': t('common.clear') } },
      }),
      PasswordInput: PasswordInput.extend({
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.togglePassword') } },
      }),
      // A scrollable table must be reachable by keyboard (axe: scrollable-region-focusable).
      TableScrollContainer: TableScrollContainer.extend({
        defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
      }),
    },
  });

/** Mantine's dimmed text (gray.6) is 3.3:1 on white; gray.7 meets WCAG AA (4.5:1). Same for placeholders and errors. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Error text and borders: red.6 is 3.6:1 on white.
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});
