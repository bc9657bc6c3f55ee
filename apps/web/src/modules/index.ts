import { registerCatalogue } from '../i18n';
import { integrationsWebModule } from './integrations/module';
import { lloWebModule } from './llo/module';
import type { WebModule } from './web-module';

/**
 * THE list of web modules — adding a module is its folder under `modules/` plus one line here.
 * (Platform, verzuim and arbo pages still live under `pages/` while they move into this shape.)
 * A tuple, so the route tree keeps every module route's own path and search types.
 */
const LIST = [lloWebModule, integrationsWebModule] as const satisfies readonly WebModule[];

export const WEB_MODULES: readonly WebModule[] = LIST;

type ModuleRoute = (typeof LIST)[number]['routes'][number];
/** Every module's routes, with their own types, for the route tree in router.tsx. */
export const moduleRoutes = WEB_MODULES.flatMap((m) => m.routes) as ModuleRoute[];

for (const m of WEB_MODULES) registerCatalogue(m.name, m.messages);
