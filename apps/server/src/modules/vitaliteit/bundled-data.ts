import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vitality } from '@inzetbaar/domain';

type TInstrument = vitality.TInstrument;

/** data/ of the repository, resolved from this file (not the working directory). */
const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..', 'data');
export const INSTRUMENT_DIR = join(DATA_DIR, 'instruments');

/**
 * Reads and validates every `*.json` in data/instruments with `ZInstrument`. A broken file stops
 * the start (the manifest's `onStart`), naming the file and its first invalid paths. Bundled
 * instruments never need a licence: an instrument of kind `licensed` (WAI, UWES) is refused here —
 * an organisation holding the licence uploads it instead.
 */
export function loadInstruments(dir = INSTRUMENT_DIR): TInstrument[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const result = vitality.ZInstrument.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!result.success) {
      const issues = result.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ');
      throw new Error(`Instrument ${file} is invalid: ${issues}`);
    }
    if (`${result.data.id.replaceAll('_', '-')}.json` !== file)
      throw new Error(
        `Instrument ${file} has id "${result.data.id}"; the file name must be the id (- for _)`,
      );
    if (result.data.licence.kind === 'licensed')
      throw new Error(`Instrument ${file} needs a licence and may not be bundled; organisations upload it`);
    return result.data;
  });
}

let cache: Map<string, TInstrument> | null = null;

/** The bundled instruments by id, loaded once. */
export function bundledInstruments(): ReadonlyMap<string, TInstrument> {
  cache ??= new Map(loadInstruments().map((i) => [i.id, i]));
  return cache;
}

let interventions: vitality.TIntervention[] | null = null;

/** The interventions catalogue (data/interventions/interventions.json), validated once. */
export function interventionCatalogue(): readonly vitality.TIntervention[] {
  interventions ??= vitality.ZInterventionCatalogue.parse(
    JSON.parse(readFileSync(join(DATA_DIR, 'interventions', 'interventions.json'), 'utf8')),
  ).interventions;
  return interventions;
}

let psaTable: vitality.TCbsPsaTable | null = null;

/** CBS StatLine 83157NED (CC BY 4.0: the attribution goes with every figure). */
export function cbsPsaTable(): vitality.TCbsPsaTable {
  psaTable ??= vitality.ZCbsPsaTable.parse(
    JSON.parse(readFileSync(join(DATA_DIR, 'cbs', 'psa-83157NED.json'), 'utf8')),
  );
  return psaTable;
}

/** Validates every bundled file (the manifest's start check). */
export function checkBundledData() {
  bundledInstruments();
  interventionCatalogue();
  cbsPsaTable();
}
