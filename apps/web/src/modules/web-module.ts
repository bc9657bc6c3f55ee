import type { TMe, TModule } from '@inzetbaar/contracts';
import type { AnyRoute } from '@tanstack/react-router';
import type { ComponentType } from 'react';

/** A navigation entry of a module; its label is `nav.<key>` in the module's own catalogue. */
export type ModuleNavItem = {
  key: string;
  to: string;
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
  isVisible: (me: TMe) => boolean;
};

/**
 * What a module brings to the web app. `modules/index.ts` lists every module once; the router,
 * the navigation and the i18n catalogues read that list, so adding a module is one folder + one line.
 */
export type WebModule = {
  /** The server module's name (`me.modules`). */
  name: TModule;
  /** Routes under the signed-in layout: `createRoute({ getParentRoute: () => appRoute, … })`. */
  routes: readonly AnyRoute[];
  nav?: readonly ModuleNavItem[];
  /**
   * The module's catalogues, registered as the i18next namespace `name`: pages use
   * `useTranslation('<name>')`. Both languages must have the same keys (typed in i18next.d.ts).
   */
  messages: { nl: Record<string, unknown>; en: Record<string, unknown> };
};

/** Checks a module against the type and keeps its routes' own types (typed links and search). */
export const defineWebModule = <const R extends readonly AnyRoute[]>(
  module: WebModule & { routes: R },
): Omit<WebModule, 'routes'> & { routes: R } => module;
