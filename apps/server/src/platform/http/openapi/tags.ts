export type Tag = { name: string; description: string };

/** One tag per module (and the platform's own endpoints), in the order of the reference page. */
export const MODULE_TAGS: Record<string, Tag> = {
  people: {
    name: 'People',
    description:
      'The organisation, its units (afdelingen), people and employments, roles, invitations and imports.',
  },
  audit: { name: 'Audit', description: 'The append-only audit log of the organisation.' },
  absence: {
    name: 'Absence',
    description:
      'Verzuim (sickness absence) under the Wet verbetering poortwachter: sick and recovery reports, the Poortwachter timeline, the plan van aanpak, medical data for the bedrijfsarts only, statistics.',
  },
  arbo: {
    name: 'Arbo',
    description:
      'Health and safety under the Arbowet: the RI&E and its plan van aanpak, incidents and the ongevallenregister, instructions and protective equipment.',
  },
  vitality: {
    name: 'Vitality',
    description: 'Surveys with anonymity thresholds, group results, interventions.',
  },
  development: {
    name: 'Development',
    description:
      'Leven lang ontwikkelen (LLO): skills (ESCO), development talks, the POP, learning, budgets, funding, certificates.',
  },
  mobility: { name: 'Mobility', description: 'Mobility and van-werk-naar-werk.' },
  policy: { name: 'Policy', description: 'The employer’s sustainable-employability policy.' },
  integrations: {
    name: 'Integrations',
    description: 'API tokens for payroll and HR systems and the arbodienst (docs/api.md).',
  },
  platform: { name: 'Platform', description: 'First start, health.' },
};

/** The tag of a module: from the table, else its name (a new module works before it is described). */
export const tagOfModule = (module: string): Tag =>
  MODULE_TAGS[module] ?? {
    name: module[0]?.toUpperCase() + module.slice(1),
    description: `The ${module} module.`,
  };
