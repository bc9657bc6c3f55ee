/** The unit tree of the demo care organisation and who works in each unit. */
import type { JobKey } from './demo-jobs';

export type UnitKey =
  | 'de-linde'
  | 'wijkzorg'
  | 'wijkteam-noord'
  | 'wijkteam-zuid'
  | 'wijkteam-oost'
  | 'intramuraal'
  | 'locatie-de-linde'
  | 'locatie-het-anker'
  | 'behandeling'
  | 'facilitair'
  | 'staf'
  | 'hr'
  | 'financien'
  | 'kwaliteit';

export const DEMO_UNITS: readonly { key: UnitKey; parentKey: UnitKey | null; name: string }[] = [
  { key: 'de-linde', parentKey: null, name: 'Zorggroep De Linde' },
  { key: 'wijkzorg', parentKey: 'de-linde', name: 'Wijkzorg' },
  { key: 'wijkteam-noord', parentKey: 'wijkzorg', name: 'Wijkteam Noord' },
  { key: 'wijkteam-zuid', parentKey: 'wijkzorg', name: 'Wijkteam Zuid' },
  { key: 'wijkteam-oost', parentKey: 'wijkzorg', name: 'Wijkteam Oost' },
  { key: 'intramuraal', parentKey: 'de-linde', name: 'Intramurale zorg' },
  { key: 'locatie-de-linde', parentKey: 'intramuraal', name: 'Locatie De Linde' },
  { key: 'locatie-het-anker', parentKey: 'intramuraal', name: 'Locatie Het Anker' },
  { key: 'behandeling', parentKey: 'intramuraal', name: 'Behandeling en welzijn' },
  { key: 'facilitair', parentKey: 'de-linde', name: 'Facilitair' },
  { key: 'staf', parentKey: 'de-linde', name: 'Staf' },
  { key: 'hr', parentKey: 'staf', name: 'HR' },
  { key: 'financien', parentKey: 'staf', name: 'Financiën' },
  { key: 'kwaliteit', parentKey: 'staf', name: 'Kwaliteit en veiligheid' },
];

/** Per unit: the manager's job, then the other jobs with their head count. */
export const STAFFING: Record<UnitKey, { manager: JobKey; staff: readonly (readonly [JobKey, number])[] }> = {
  'de-linde': { manager: 'bestuurder', staff: [['managementassistent', 1]] },
  wijkzorg: { manager: 'managerZorg', staff: [['planner', 2]] },
  'wijkteam-noord': {
    manager: 'teamleider',
    staff: [
      ['wijkverpleegkundige', 4],
      ['verpleegkundige', 5],
      ['verzorgendeIG', 13],
      ['helpende', 5],
      ['leerlingVerpleegkundige', 2],
    ],
  },
  'wijkteam-zuid': {
    manager: 'teamleider',
    staff: [
      ['wijkverpleegkundige', 4],
      ['verpleegkundige', 4],
      ['verzorgendeIG', 12],
      ['helpende', 5],
      ['leerlingVerpleegkundige', 2],
    ],
  },
  'wijkteam-oost': {
    manager: 'teamleider',
    staff: [
      ['wijkverpleegkundige', 3],
      ['verpleegkundige', 4],
      ['verzorgendeIG', 10],
      ['helpende', 4],
      ['leerlingVerpleegkundige', 1],
    ],
  },
  intramuraal: { manager: 'managerZorg', staff: [] },
  'locatie-de-linde': {
    manager: 'teamleider',
    staff: [
      ['verpleegkundige', 6],
      ['verzorgendeIG', 24],
      ['helpende', 12],
      ['gastvrouw', 5],
      ['leerlingVerzorgende', 3],
    ],
  },
  'locatie-het-anker': {
    manager: 'teamleider',
    staff: [
      ['verpleegkundige', 5],
      ['verzorgendeIG', 20],
      ['helpende', 10],
      ['gastvrouw', 5],
      ['leerlingVerzorgende', 3],
    ],
  },
  behandeling: {
    manager: 'teamleiderBehandeling',
    staff: [
      ['fysiotherapeut', 2],
      ['ergotherapeut', 2],
      ['psycholoog', 1],
      ['activiteitenbegeleider', 3],
      ['geestelijkVerzorger', 1],
      ['dietist', 1],
      ['logopedist', 1],
    ],
  },
  facilitair: {
    manager: 'managerFacilitair',
    staff: [
      ['medewerkerHuishouding', 8],
      ['kok', 3],
      ['medewerkerKeuken', 3],
      ['medewerkerTechnischeDienst', 3],
      ['receptionist', 2],
      ['medewerkerFacilitair', 2],
    ],
  },
  staf: { manager: 'managerBedrijfsvoering', staff: [] },
  hr: {
    manager: 'managerHR',
    staff: [
      ['hrAdviseur', 3],
      ['salarisadministrateur', 1],
      ['loopbaancoach', 1],
      ['recruiter', 1],
    ],
  },
  financien: {
    manager: 'managerFinancien',
    staff: [
      ['controller', 1],
      ['financieelAdministrateur', 2],
    ],
  },
  kwaliteit: {
    manager: 'managerKwaliteit',
    staff: [
      ['adviseurArbo', 1],
      ['adviseurKwaliteit', 1],
    ],
  },
};
