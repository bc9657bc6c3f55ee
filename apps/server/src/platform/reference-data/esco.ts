import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  type AutomationRiskFile,
  automationRiskFromFile,
  type EscoBundle,
  taxonomyFromBundle,
} from '@inzetbaar/domain/esco/from-bundle';
import type { LabelIndex } from '@inzetbaar/domain/esco/label-index';
import { buildOccupationIndex, buildSkillIndex, type EscoSearch } from '@inzetbaar/domain/esco/search';
import type { AutomationRiskTable, Taxonomy } from '@inzetbaar/domain/esco/types';
import { buildTransitionIndex, type TransitionIndex } from '@inzetbaar/domain/transitions/transition-index';

/**
 * ESCO v1.1.1 and Nesta's automation risk, read once per process from the bundle committed in
 * data/esco/ (data/esco/SOURCE.md). The product never reads ../shared at run time.
 */
export const ESCO_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../../data/esco');

let taxonomy: Taxonomy | undefined;
let risk: AutomationRiskTable | undefined;

/** Read and parse the gzipped bundle (no cache: `escoTaxonomy()` is the cached one). */
export function readTaxonomy(file = join(ESCO_DATA_DIR, 'esco-v1.1.1.json.gz')): Taxonomy {
  const bundle = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as EscoBundle;
  return taxonomyFromBundle(bundle);
}

/** The taxonomy, loaded on first use and kept for the life of the process. */
export function escoTaxonomy(): Taxonomy {
  taxonomy ??= readTaxonomy();
  return taxonomy;
}

/** Nesta's automation risk per ESCO occupation (Kanders et al. 2020, MIT), loaded on first use. */
export function automationRisk(): AutomationRiskTable {
  risk ??= automationRiskFromFile(
    JSON.parse(readFileSync(join(ESCO_DATA_DIR, 'nesta-automation-risk.json'), 'utf8')) as AutomationRiskFile,
  );
  return risk;
}

let occupationIndex: LabelIndex | undefined;
let skillIndex: LabelIndex | undefined;

/**
 * The search indexes over the cached taxonomy, each built on first use (the CLI's
 * search-occupations builds only the occupations'). The same search the web app and API use.
 */
export const escoSearch: EscoSearch = {
  get occupations() {
    occupationIndex ??= buildOccupationIndex(escoTaxonomy());
    return occupationIndex;
  },
  get skills() {
    skillIndex ??= buildSkillIndex(escoTaxonomy());
    return skillIndex;
  },
};

let transitionIndex: TransitionIndex | undefined;

/** The occupation–skill inverted index of the transition engine, built on first use. */
export function escoTransitionIndex(): TransitionIndex {
  transitionIndex ??= buildTransitionIndex(escoTaxonomy());
  return transitionIndex;
}
