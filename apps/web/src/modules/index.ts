import { registerCatalogue } from '../i18n';
import { integrationsRoutes, integrationsWebModule } from './integrations/module';
import type { WebModule } from './web-module';

/**
 * THE list of web modules — adding a module is its folder under `modules/` plus its line in the
 * two lists below. (Platform, verzuim and arbo pages still live under `pages/` while they move
 * into this shape.)
 */
export const WEB_MODULES: readonly WebModule[] = [integrationsWebModule];

/**
 * Every module's routes, with their own types, for the route tree in router.tsx. Listed from the
 * modules' route exports, not read from WEB_MODULES: typing the tree through the module objects
 * is circular (module → appRoute → layout → nav → WEB_MODULES) and turned search types into any.
 */
export const moduleRoutes = [...integrationsRoutes] as const;

for (const m of WEB_MODULES) registerCatalogue(m.name, m.messages);
