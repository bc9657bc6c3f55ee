import type { AutomationRisk, AutomationRiskTable } from '../esco/types';

/**
 * Labour-market tension of an occupation, in the categories of UWV's spanningsindicator (zeer ruim …
 * zeer krap). The engine invents none: the table is imported (CSV) with its source and date, and an
 * occupation without an entry is "unknown".
 */
export type ShortageLevel = 'zeer_krap' | 'krap' | 'gemiddeld' | 'ruim' | 'zeer_ruim';
export const SHORTAGE_LEVELS: readonly ShortageLevel[] = [
  'zeer_krap',
  'krap',
  'gemiddeld',
  'ruim',
  'zeer_ruim',
];

export type ShortageEntry = { level: ShortageLevel; source: string; date: string };
/** Keyed by full ESCO occupation URI and by ISCO-08 unit group (4 digits); the URI wins. */
export type ShortageTable = {
  byOccupation: ReadonlyMap<string, ShortageEntry>;
  byIsco4: ReadonlyMap<string, ShortageEntry>;
};

export type ShortageSignal = ShortageEntry & { basis: 'esco_occupation' | 'isco_unit_group' };

export function shortageSignal(
  table: ShortageTable | null | undefined,
  uri: string | null,
  isco4: string | null,
): ShortageSignal | null {
  if (!table) return null;
  const own = uri ? table.byOccupation.get(uri) : undefined;
  if (own) return { level: own.level, source: own.source, date: own.date, basis: 'esco_occupation' };
  const group = isco4 ? table.byIsco4.get(isco4) : undefined;
  return group
    ? { level: group.level, source: group.source, date: group.date, basis: 'isco_unit_group' }
    : null;
}

/**
 * "Toekomstbestendig": Nesta's low-risk occupations (low automation risk or many bottleneck tasks)
 * are future-proof, its high-risk ones not, the rest in part (Kanders et al. 2020).
 */
export type FutureProof = 'yes' | 'partly' | 'no';
const FUTURE_PROOF: Record<AutomationRisk['category'], FutureProof> = {
  low: 'yes',
  other: 'partly',
  high: 'no',
};

export type AutomationSignal = AutomationRisk & {
  futureProof: FutureProof;
  /** Nesta scored the ESCO occupation itself, or only its ISCO-08 unit group (an average). */
  basis: 'esco_occupation' | 'isco_unit_group';
  source: string;
};

export function automationSignal(
  table: AutomationRiskTable | null | undefined,
  uri: string | null,
  isco4: string | null,
): AutomationSignal | null {
  if (!table) return null;
  const own = uri ? table.byOccupation.get(uri) : undefined;
  const risk = own ?? (isco4 ? table.byIsco4.get(isco4) : undefined);
  if (!risk) return null;
  return {
    risk: risk.risk,
    prevalence: risk.prevalence,
    category: risk.category,
    futureProof: FUTURE_PROOF[risk.category],
    basis: own ? 'esco_occupation' : 'isco_unit_group',
    source: table.source,
  };
}
