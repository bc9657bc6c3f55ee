/**
 * The catalogues of the web modules, by namespace. Each module adds its own by declaration merging
 * in its `module.ts`, so `useTranslation('<module>')` is typed:
 *   declare module '../../i18n/module-catalogues' { interface ModuleCatalogues { vitality: typeof nl } }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the modules
export interface ModuleCatalogues {}
