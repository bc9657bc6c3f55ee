import type { JobKey } from './demo-jobs';
import type { DemoRole } from './demo-types';
import type { UnitKey } from './demo-units';

export const DEMO_EMAIL_DOMAIN = 'demo.inzetbaar.nl';

export type DemoSpec = {
  email: string;
  unit: UnitKey;
  job: JobKey | 'manager';
  givenName: string;
  surname: string;
  age: number;
  hours: number;
  roles: DemoRole[];
};

/**
 * The demo accounts and the people behind them. The bedrijfsarts works for the external arbodienst,
 * so that person has no employment and therefore no `employee` role (see docs/people-import.md).
 */
export const DEMO_PEOPLE: readonly DemoSpec[] = [
  {
    email: 'hr',
    unit: 'hr',
    job: 'hrAdviseur',
    givenName: 'Monique',
    surname: 'van der Linden',
    age: 52,
    hours: 32,
    roles: ['hr'],
  },
  {
    email: 'manager',
    unit: 'wijkteam-noord',
    job: 'manager',
    givenName: 'Jeroen',
    surname: 'Bakker',
    age: 44,
    hours: 36,
    roles: [],
  },
  {
    email: 'medewerker',
    unit: 'wijkteam-noord',
    job: 'verzorgendeIG',
    givenName: 'Samira',
    surname: 'Benali',
    age: 58,
    hours: 24,
    roles: [],
  },
  {
    email: 'preventie',
    unit: 'kwaliteit',
    job: 'adviseurArbo',
    givenName: 'Paweł',
    surname: 'Zieliński',
    age: 47,
    hours: 32,
    roles: ['prevention_officer'],
  },
  {
    email: 'or',
    unit: 'locatie-de-linde',
    job: 'verpleegkundige',
    givenName: 'Ingrid',
    surname: 'de Jong',
    age: 61,
    hours: 28,
    roles: ['works_council'],
  },
  {
    email: 'coach',
    unit: 'hr',
    job: 'loopbaancoach',
    givenName: 'Errol',
    surname: 'Pinas',
    age: 39,
    hours: 28,
    roles: ['coach'],
  },
];
export const PHYSICIAN = { email: 'bedrijfsarts', givenName: 'Anand', surname: 'Ramsaran', age: 55 };
/**
 * The external vertrouwenspersoon (confidential adviser), hired from a bureau as many care
 * organisations do: like the physician, no employment and so no `employee` role.
 */
export const CONFIDENTIAL_ADVISER = {
  email: 'vertrouwenspersoon',
  givenName: 'Marjolein',
  surname: 'Kuipers',
  age: 50,
};
