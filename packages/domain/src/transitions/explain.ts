import type { Lang, Skill } from '../esco/types';
import { EFFORT_BANDS, type EffortBand, iscoSkillLevel, MONTHS_PER_SKILL } from './model';
import type { Band } from './thresholds';

export type SkillRef = { uri: string; label: string; labelLang: Lang };

export type Effort = {
  band: EffortBand;
  /** The band's learning time in months: [from, to]; `to` null = more than a year. */
  months: readonly [number, number | null];
  /** gap × months per skill at the destination's ISCO-08 skill level (model.ts), rounded to 0.5. */
  estimateMonths: number;
  /** ISCO-08 skill level of the destination (1 elementary … 4 professional). */
  skillLevel: 1 | 2 | 3 | 4;
  /** Essential skills not in the profile at all. */
  missingEssential: number;
  /** Σ (1 − coverage) over the essential skills: missing ones count 1, partly covered ones less. */
  gap: number;
};

export function effortOf(gap: number, missingEssential: number, iscoGroup: string | null): Effort {
  const skillLevel = iscoSkillLevel(iscoGroup);
  const months = gap * MONTHS_PER_SKILL[skillLevel];
  const b =
    EFFORT_BANDS.find((e) => months <= e.maxMonths) ??
    (EFFORT_BANDS[EFFORT_BANDS.length - 1] as (typeof EFFORT_BANDS)[number]);
  return {
    band: b.band,
    months: b.months,
    estimateMonths: Math.round(months * 2) / 2,
    skillLevel,
    missingEssential,
    gap: Math.round(gap * 100) / 100,
  };
}

export const skillRef = (s: Skill, lang: Lang): SkillRef =>
  lang === 'nl' && s.labelNl
    ? { uri: s.uri, label: s.labelNl, labelLang: 'nl' }
    : { uri: s.uri, label: s.labelEn, labelLang: 'en' };

type Facts = {
  title: { nl: string; en: string };
  band: Band;
  essentialTotal: number;
  essentialHave: number;
  essentialPartly: number;
  /** Weighted coverage of the essential skills, 0–1. */
  essentialCoverage: number;
  /** Labels of the first missing essential skills (most common first) and how many are missing. */
  missing: { nl: string[]; en: string[] };
  missingCount: number;
  iscoDigits: number;
  iscoGroup: string | null;
  effort: Effort;
  futureProof: 'yes' | 'partly' | 'no' | null;
  shortage: { level: string; source: string; date: string } | null;
};

const BAND_NL: Record<Band, string> = {
  strong: 'Sterke overstap',
  viable: 'Haalbare overstap',
  distant: 'Verre overstap, vraagt omscholing',
};
const BAND_EN: Record<Band, string> = {
  strong: 'Strong move',
  viable: 'Viable move',
  distant: 'Distant move, needs retraining',
};
const EFFORT_NL: Record<EffortBand, string> = {
  none: 'direct te beginnen, met inwerken (minder dan een maand leren)',
  short: 'ongeveer 1 tot 3 maanden leren',
  medium: 'ongeveer 3 tot 12 maanden leren',
  long: 'meer dan een jaar leren (omscholing)',
};
const EFFORT_EN: Record<EffortBand, string> = {
  none: 'can start now, with induction (under a month of learning)',
  short: 'about 1 to 3 months of learning',
  medium: 'about 3 to 12 months of learning',
  long: 'more than a year of learning (retraining)',
};
const SHORTAGE_NL: Record<string, string> = {
  zeer_krap: 'zeer krap',
  krap: 'krap',
  gemiddeld: 'gemiddeld',
  ruim: 'ruim',
  zeer_ruim: 'zeer ruim',
};
const SHORTAGE_EN: Record<string, string> = {
  zeer_krap: 'very tight (many vacancies per job seeker)',
  krap: 'tight',
  gemiddeld: 'average',
  ruim: 'slack',
  zeer_ruim: 'very slack',
};

const list = (items: string[], more: number, and: string, others: string) =>
  items.length === 0
    ? ''
    : more > 0
      ? `${items.join(', ')} ${and} ${more} ${others}`
      : items.length === 1
        ? (items[0] as string)
        : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

/** A plain-language explanation of one transition, in Dutch and English. */
export function explain(f: Facts, shown = 3): { nl: string; en: string } {
  const pct = Math.round(f.essentialCoverage * 100);
  const more = Math.max(0, f.missingCount - shown);
  const nl: string[] = [
    `${BAND_NL[f.band]} naar ${f.title.nl}: ${f.essentialHave} van de ${f.essentialTotal} essentiële vaardigheden aanwezig (dekking ${pct} %)${f.essentialPartly > 0 ? `, ${f.essentialPartly} gedeeltelijk` : ''}.`,
  ];
  const en: string[] = [
    `${BAND_EN[f.band]} to ${f.title.en}: ${f.essentialHave} of the ${f.essentialTotal} essential skills present (coverage ${pct}%)${f.essentialPartly > 0 ? `, ${f.essentialPartly} partly` : ''}.`,
  ];
  if (f.missingCount > 0) {
    nl.push(`Nog te leren: ${list(f.missing.nl.slice(0, shown), more, 'en', 'andere')}.`);
    en.push(`Still to learn: ${list(f.missing.en.slice(0, shown), more, 'and', 'more')}.`);
  } else {
    nl.push('Geen essentiële vaardigheid ontbreekt helemaal.');
    en.push('No essential skill is missing entirely.');
  }
  if (f.iscoDigits === 4 && f.iscoGroup) {
    nl.push(`Zelfde beroepsgroep (ISCO ${f.iscoGroup}).`);
    en.push(`Same occupational group (ISCO ${f.iscoGroup}).`);
  } else if (f.iscoDigits === 3 && f.iscoGroup) {
    nl.push(`Verwante beroepsgroep (ISCO ${f.iscoGroup.slice(0, 3)}).`);
    en.push(`Related occupational group (ISCO ${f.iscoGroup.slice(0, 3)}).`);
  }
  nl.push(`Inschatting: ${EFFORT_NL[f.effort.band]}.`);
  en.push(`Estimate: ${EFFORT_EN[f.effort.band]}.`);
  if (f.futureProof === 'yes') {
    nl.push('Toekomstbestendig: laag automatiseringsrisico (Nesta).');
    en.push('Future-proof: low automation risk (Nesta).');
  } else if (f.futureProof === 'no') {
    nl.push('Let op: hoog automatiseringsrisico (Nesta).');
    en.push('Note: high automation risk (Nesta).');
  }
  if (f.shortage) {
    nl.push(
      `Arbeidsmarkt: ${SHORTAGE_NL[f.shortage.level] ?? f.shortage.level} (${f.shortage.source}, ${f.shortage.date}).`,
    );
    en.push(
      `Labour market: ${SHORTAGE_EN[f.shortage.level] ?? f.shortage.level} (${f.shortage.source}, ${f.shortage.date}).`,
    );
  }
  return { nl: nl.join(' '), en: en.join(' ') };
}
