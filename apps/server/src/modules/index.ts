import type { ModuleManifest } from '../platform/module-manifest';
import { arboModule } from './arbo/module';
import { auditModule } from './audit/module';
import { integrationsModule } from './integrations/module';
import { lloModule } from './llo/module';
import { peopleModule } from './people/module';
import { verzuimModule } from './verzuim/module';
import { vitalityModule } from './vitaliteit/module';

/**
 * THE list of modules — the only place that names them. Adding a module is adding its folder and
 * one line here (docs/adding-a-module.md). Order: routers mount and demo seeds run in this order.
 */
export const MODULES: readonly ModuleManifest[] = [
  peopleModule,
  auditModule,
  verzuimModule,
  arboModule,
  vitalityModule,
  lloModule,
  integrationsModule,
];
