/*
 * Retention periods per record type (domain-rules §2.3). One rule per kind of record the platform
 * keeps about a person's absence; the daily job applies them and HR sees the same plan as a dry run.
 * A change of the guidance is a new rule set, not an edit.
 */

/** The kinds of record with a retention period of their own. */
export type TRetentionRecordType =
  | 'reintegration_file'
  | 'released_documents'
  | 'absence_administration'
  | 'medical_file';

/**
 * What the period counts from:
 * - `reintegration_end`: the end of one case's re-integration — its last sick day, or the last day
 *   of the employment when the person left while sick (the employer's re-integration ends then);
 * - `employment_end`: the last day of the person's last employment (none still running);
 * - `last_medical_entry`: the day of the last entry in the physician's file on the person.
 */
export type TRetentionAnchor = 'reintegration_end' | 'employment_end' | 'last_medical_entry';

/** `delete` the records; `withdraw_release`: the employer's access ends, the physician keeps the record. */
export type TRetentionAction = 'delete' | 'withdraw_release';

type TText = { nl: string; en: string };

export type TRetentionRule = {
  recordType: TRetentionRecordType;
  years: number;
  after: TRetentionAnchor;
  action: TRetentionAction;
  label: TText;
  /** What the record type holds in the platform. */
  holds: TText;
  source: string;
};

export type TRetentionRuleSet = { id: string; rules: readonly TRetentionRule[] };

/**
 * The retention rules since issue 16. Convention for every rule: kept up to and including the
 * anniversary, gone from the day after it (ended 15 Mar 2024 + 2 years → kept through 15 Mar 2026).
 */
export const RETENTION_RULES: TRetentionRuleSet = {
  id: 'retention-2026',
  rules: [
    {
      recordType: 'reintegration_file',
      years: 2,
      after: 'reintegration_end',
      action: 'delete',
      label: { nl: 'Re-integratiedossier', en: 'Re-integration file' },
      holds: {
        nl: 'De verzuimcasus met plan van aanpak, evaluaties, gedeelde belastbaarheid, mijlpalen met notities en meldingen; de contactgegevens en het werk van de ziekmeldingen',
        en: 'The absence case with the action plan, evaluations, shared capabilities, milestones with notes and notices; the contact details and work of the sick reports',
      },
      // "maximaal 2 jaar na afloop van de re-integratie" — also for people still employed
      source: 'AP, Beleidsregels "De zieke werknemer" (2016), via rendement.nl; domain-rules §2.3',
    },
    {
      recordType: 'released_documents',
      years: 2,
      after: 'reintegration_end',
      action: 'withdraw_release',
      label: { nl: 'Vrijgegeven documenten', en: 'Released documents' },
      holds: {
        nl: 'Documenten van de bedrijfsarts die aan de werkgever zijn vrijgegeven: de werkgever verliest de toegang, de bedrijfsarts houdt het document in het medisch dossier',
        en: 'Documents of the occupational physician released to the employer: the employer loses access, the physician keeps the document in the medical file',
      },
      // the employer's copy is part of the re-integration file
      source: 'AP, Beleidsregels "De zieke werknemer" (2016); domain-rules §2.3',
    },
    {
      recordType: 'absence_administration',
      years: 2,
      after: 'employment_end',
      action: 'delete',
      label: { nl: 'Verzuimadministratie', en: 'Absence administration' },
      holds: {
        nl: 'De ziekmeldingen (eerste en laatste ziektedag, vangnet ja/nee, bedrijfsongeval ja/nee, regres ja/nee) en de gedeeltelijke hersteldata',
        en: 'The sick reports (first and last sick day, safety net yes/no, work accident yes/no, liable third party yes/no) and the partial recovery dates',
      },
      source: 'AP, Beleidsregels "De zieke werknemer" (2016), via rendement.nl; domain-rules §2.3',
    },
    {
      recordType: 'medical_file',
      years: 20,
      after: 'last_medical_entry',
      action: 'delete',
      label: { nl: 'Medisch dossier (bedrijfsarts)', en: 'Medical file (occupational physician)' },
      holds: {
        nl: 'De medische notities en alle documenten van de bedrijfsarts (ook niet-vrijgegeven)',
        en: 'The medical notes and every document of the occupational physician (unreleased ones too)',
      },
      // "twintig jaren, te rekenen vanaf het tijdstip van de laatste wijziging in het dossier";
      // longer when a good care provider would keep it longer (e.g. exposure to carcinogens) [verify]
      source: 'WGBO, art. 7:454 lid 3 BW; domain-rules §2.3 [verify for the bedrijfsarts: KNMG/NVAB]',
    },
  ],
};

/** The rule for a record type. */
export function ruleFor(recordType: TRetentionRecordType, rules: TRetentionRuleSet = RETENTION_RULES) {
  const rule = rules.rules.find((r) => r.recordType === recordType);
  if (!rule) throw new RangeError(`No retention rule for ${recordType} in ${rules.id}`);
  return rule;
}
