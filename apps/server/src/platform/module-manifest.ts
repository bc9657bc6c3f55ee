import type { OpenAPIHono } from '@hono/zod-openapi';
import type { TModule } from '@inzetbaar/contracts';
import type { Action, PolicyTable } from './access/policy';
import type { DemoSeedContext } from './demo-context';
import type { AppEnv, Deps } from './http/context';
import type { Lang } from './http/messages';

/** A router of a module (a `newRouter()` with its routes). */
// biome-ignore lint/suspicious/noExplicitAny: routers differ in their route schema types
export type ModuleRouter = OpenAPIHono<AppEnv, any, any>;

/**
 * What a module brings to the platform. The platform reads every manifest from the one list in
 * `modules/index.ts`; nothing else names a module.
 */
export type ModuleManifest = {
  /** Stable name; the web app keys its nav entry on it (`me.modules`). */
  name: TModule;
  /** Policy actions with the roles and scope that may perform them (`auth/policy.ts` merges them). */
  policy?: PolicyTable;
  /** The module is shown to an actor who may perform any of these actions (`me.modules`). */
  entry?: Action | readonly Action[];
  /** Resource routers mounted under /api/v1 (and read by the OpenAPI document and the matrix test). */
  routers?: readonly ModuleRouter[];
  /** Problem titles and field-error messages of the module's codes, nl and en. */
  messages?: Record<string, Record<Lang, string>>;
  jobs?: {
    /** Register the job kinds (`deps.scheduler.register`). */
    register: (deps: Deps) => void;
    /** Enqueue the module's daily jobs for the day of `at` (idempotent keys). */
    schedule?: (deps: Deps, at: Date) => Promise<void>;
  };
  /** Checks run once when the app is created (e.g. validating bundled reference data). */
  onStart?: () => void;
  /** Seed the module's demo data into the demo organisation (demo mode only; one transaction). */
  seedDemo?: (ctx: DemoSeedContext) => Promise<unknown>;
};

/** Checks a manifest against the type. */
export const defineModule = (manifest: ModuleManifest): ModuleManifest => manifest;
