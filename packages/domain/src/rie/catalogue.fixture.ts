/** Small catalogues for the RI&E unit tests (not shipped data; see data/risk-catalogues/). */
import type { TMeasure, TMeasureLevel, TRisk, TRiskCatalogue, TRiskModule } from './catalogue.schema';

const text = (s: string) => ({ nl: s, en: s });

export function measure(id: string, level: TMeasureLevel): TMeasure {
  return { id, level, text: text(`maatregel ${id}`) };
}

export function risk(id: string, overrides: Partial<TRisk> = {}): TRisk {
  return {
    id,
    statement: text(`Het risico ${id} is beheerst`),
    problem: text(`Het risico ${id} is niet beheerst`),
    legalReference: 'Arbobesluit art. 3.16',
    type: 'risk',
    evaluationMethod: 'fine_kinney',
    measures: [measure(`${id}.bron`, 'bron'), measure(`${id}.pbm`, 'pbm')],
    ...overrides,
  };
}

export function module(id: string, content: Partial<TRiskModule>): TRiskModule {
  return { id, title: text(`module ${id}`), ...content };
}

export function question(s: string) {
  return text(s);
}

/**
 * algemeen (always on) ─ r-algemeen
 * hoogte (question) ─┬ ladders (question) ─ r-ladder
 *                    └ steigers ─ r-steiger
 * nacht (question) ─ r-nacht
 */
export function sampleCatalogue(overrides: Partial<TRiskCatalogue> = {}): TRiskCatalogue {
  return {
    id: 'test-catalogus',
    version: '1.0.0',
    sector: { sbiSections: ['F'], label: text('Bouw') },
    title: text('Testcatalogus'),
    modules: [
      module('algemeen', { risks: [risk('r-algemeen')] }),
      module('hoogte', {
        profileQuestion: question('Wordt er op hoogte gewerkt?'),
        modules: [
          module('ladders', {
            profileQuestion: question('Worden ladders gebruikt?'),
            risks: [risk('r-ladder')],
          }),
          module('steigers', { risks: [risk('r-steiger')] }),
        ],
      }),
      module('nacht', { profileQuestion: question("Wordt er 's nachts gewerkt?"), risks: [risk('r-nacht')] }),
    ],
    ...overrides,
  };
}
