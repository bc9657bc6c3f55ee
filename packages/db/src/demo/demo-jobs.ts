/**
 * Jobs of the demo care organisation: titles, their ESCO occupation, and the contract hours and
 * e-mail coverage typical for each kind of job.
 *
 * ESCO URIs are copied from ESCO v1.1.1 (occupations_nl.csv in ../shared/data/esco-v1.1.1-nl); the
 * `escoLabel` is that occupation's Dutch preferredLabel and the test checks both against the data.
 * A job without a fitting ESCO occupation (students, planners, generic facility staff) has none rather
 * than a loose one. "This service uses the ESCO classification of the European Commission."
 */

/** Contract-hour patterns; the cao VVT full-time week is 36 hours. */
export type HoursProfile = 'care' | 'nurse' | 'student' | 'support' | 'staff' | 'manager';
export const HOURS_PROFILES: Record<HoursProfile, readonly (readonly [number, number])[]> = {
  // Most carers work part-time; 24–28 hours is the most common contract in VVT.
  care: [
    [16, 8],
    [20, 14],
    [24, 24],
    [28, 26],
    [32, 18],
    [36, 10],
  ],
  nurse: [
    [24, 18],
    [28, 28],
    [32, 32],
    [36, 22],
  ],
  // BBL students work and learn: a contract of about 24–32 hours.
  student: [
    [24, 30],
    [28, 40],
    [32, 30],
  ],
  support: [
    [12, 10],
    [16, 20],
    [20, 25],
    [24, 25],
    [28, 10],
    [32, 5],
    [36, 5],
  ],
  staff: [
    [24, 10],
    [28, 20],
    [32, 35],
    [36, 35],
  ],
  manager: [
    [32, 30],
    [36, 70],
  ],
};

export type JobProfile = {
  title: string;
  esco: { uri: string; escoLabel: string } | null;
  hours: HoursProfile;
  /** Share of people in this job with a work e-mail address (many carers have none). */
  emailShare: number;
  /** Age range when the job restricts it (students, managers); otherwise the organisation's mix. */
  ages?: readonly [number, number];
};

const esco = (id: string, escoLabel: string) => ({
  uri: `http://data.europa.eu/esco/occupation/${id}`,
  escoLabel,
});
const MANAGER_AGES = [34, 62] as const;

export const JOBS = {
  bestuurder: {
    title: 'Bestuurder',
    esco: esco('4a29eab1-5f02-4723-a863-e2d5a0614dfa', 'manager zorginstelling'),
    hours: 'manager',
    emailShare: 1,
    ages: [48, 62],
  },
  managementassistent: {
    title: 'Managementassistent',
    esco: esco('2a04a1df-a3b9-403e-a245-e7f93fdddd44', 'executive assistant'),
    hours: 'staff',
    emailShare: 1,
  },
  managerZorg: {
    title: 'Manager zorg',
    esco: esco('4a29eab1-5f02-4723-a863-e2d5a0614dfa', 'manager zorginstelling'),
    hours: 'manager',
    emailShare: 1,
    ages: MANAGER_AGES,
  },
  planner: { title: 'Planner', esco: null, hours: 'staff', emailShare: 1 },
  teamleider: {
    title: 'Teamleider',
    esco: esco('36494988-69d2-4420-9db4-eb56605ac983', 'leidinggevend verpleegkundige'),
    hours: 'manager',
    emailShare: 1,
    ages: MANAGER_AGES,
  },
  teamleiderBehandeling: {
    title: 'Teamleider behandeling en welzijn',
    esco: null,
    hours: 'manager',
    emailShare: 1,
    ages: MANAGER_AGES,
  },
  wijkverpleegkundige: {
    title: 'Wijkverpleegkundige',
    esco: esco('8d3e8aaa-791b-4c75-a465-f3f827028f50', 'algemeen verpleegkundige'),
    hours: 'nurse',
    emailShare: 1,
  },
  verpleegkundige: {
    title: 'Verpleegkundige',
    esco: esco('8d3e8aaa-791b-4c75-a465-f3f827028f50', 'algemeen verpleegkundige'),
    hours: 'nurse',
    emailShare: 0.8,
  },
  verzorgendeIG: {
    title: 'Verzorgende IG',
    esco: esco('1391bdf9-bd61-4fb5-91ca-c29036ab2b60', 'thuiszorgmedewerker'),
    hours: 'care',
    emailShare: 0.55,
  },
  helpende: {
    title: 'Helpende',
    esco: esco('d38c2107-98f2-47b7-8bb4-f69750d51082', 'zorghulp'),
    hours: 'care',
    emailShare: 0.4,
  },
  leerlingVerpleegkundige: {
    title: 'Leerling-verpleegkundige (BBL)',
    esco: null,
    hours: 'student',
    emailShare: 0.5,
    ages: [17, 24],
  },
  leerlingVerzorgende: {
    title: 'Leerling verzorgende IG (BBL)',
    esco: null,
    hours: 'student',
    emailShare: 0.5,
    ages: [17, 23],
  },
  gastvrouw: {
    title: 'Gastvrouw',
    esco: esco('a1b86a8b-ad91-4192-b386-bbf89bb11699', 'gastheer/gastvrouw'),
    hours: 'support',
    emailShare: 0.2,
  },
  fysiotherapeut: {
    title: 'Fysiotherapeut',
    esco: esco('006cc1f9-2841-41c3-991a-dc3f2f3bd533', 'fysiotherapeut'),
    hours: 'staff',
    emailShare: 1,
  },
  ergotherapeut: {
    title: 'Ergotherapeut',
    esco: esco('33da5532-8c4e-4d1b-b52e-c201ee1bc7ab', 'ergotherapeut'),
    hours: 'staff',
    emailShare: 1,
  },
  psycholoog: {
    title: 'Psycholoog',
    esco: esco('976c7f50-7f9e-4347-bbb9-f0dc842046a3', 'gezondheidszorgpsycholoog'),
    hours: 'staff',
    emailShare: 1,
  },
  activiteitenbegeleider: {
    title: 'Activiteitenbegeleider',
    esco: esco('234be692-befb-41df-bdf0-e1b2f4eaf5e7', 'recreatiebegeleider'),
    hours: 'care',
    emailShare: 0.7,
  },
  geestelijkVerzorger: {
    title: 'Geestelijk verzorger',
    esco: esco('a4dd6eae-ca75-456f-829d-333671a7c186', 'geestelijk verzorger'),
    hours: 'staff',
    emailShare: 1,
  },
  dietist: {
    title: 'Diëtist',
    esco: esco('8a53f8d3-d995-4c7b-a70d-d79f76bdcb3f', 'diëtist'),
    hours: 'staff',
    emailShare: 1,
  },
  logopedist: {
    title: 'Logopedist',
    esco: esco('8021f3a2-e3de-43c0-b366-075da74dc5b7', 'logopedist'),
    hours: 'staff',
    emailShare: 1,
  },
  managerFacilitair: {
    title: 'Manager facilitair',
    esco: esco('b42c5ed4-c6e4-4694-934f-96127719cc43', 'manager gebouwbeheer en installaties'),
    hours: 'manager',
    emailShare: 1,
    ages: MANAGER_AGES,
  },
  medewerkerHuishouding: {
    title: 'Medewerker huishouding',
    esco: esco('731ecac4-06e8-4ec2-a559-101fecbd9183', 'medewerker huishoudelijke dienst'),
    hours: 'support',
    emailShare: 0.1,
  },
  kok: {
    title: 'Kok',
    esco: esco('90f75f67-495d-49fa-ab57-2f320e251d7e', 'kok'),
    hours: 'support',
    emailShare: 0.3,
  },
  medewerkerKeuken: {
    title: 'Medewerker keuken',
    esco: esco('e1cf6897-158d-4b48-a39e-2a3a8cac216c', 'keukenhulp'),
    hours: 'support',
    emailShare: 0.1,
  },
  medewerkerTechnischeDienst: {
    title: 'Medewerker technische dienst',
    esco: null,
    hours: 'staff',
    emailShare: 0.7,
  },
  receptionist: {
    title: 'Receptionist',
    esco: esco('f7b04542-d8c7-42db-8475-e63b507cce82', 'receptionist'),
    hours: 'support',
    emailShare: 1,
  },
  medewerkerFacilitair: { title: 'Medewerker facilitair', esco: null, hours: 'support', emailShare: 0.5 },
  managerBedrijfsvoering: {
    title: 'Manager bedrijfsvoering',
    esco: esco('544cd9cf-e2ee-4ac0-8a02-7147af6b97d7', 'manager bedrijfseenheid'),
    hours: 'manager',
    emailShare: 1,
    ages: MANAGER_AGES,
  },
  managerHR: {
    title: 'Manager HR',
    esco: esco('f605bcd2-90b6-45a0-a558-d05016d68a77', 'hoofd personeelszaken'),
    hours: 'manager',
    emailShare: 1,
    ages: MANAGER_AGES,
  },
  hrAdviseur: {
    title: 'HR-adviseur',
    esco: esco('d3e32e5e-7f24-48e3-b939-e4f800eb62fb', 'personeelsfunctionaris'),
    hours: 'staff',
    emailShare: 1,
  },
  salarisadministrateur: {
    title: 'Salarisadministrateur',
    esco: esco('ade351da-7bda-424e-8682-bbdcab2a25be', 'salarisadministrateur'),
    hours: 'staff',
    emailShare: 1,
  },
  loopbaancoach: {
    title: 'Loopbaancoach',
    esco: esco('5d0cc30d-068a-424c-8463-f42872a7149e', 'loopbaanadviseur'),
    hours: 'staff',
    emailShare: 1,
  },
  recruiter: {
    title: 'Recruiter',
    esco: esco('068370e0-9c27-4814-87d0-44fbb3140815', 'recruiter'),
    hours: 'staff',
    emailShare: 1,
  },
  managerFinancien: {
    title: 'Manager financiën',
    esco: esco('30f3ea93-882a-4525-841c-1d5b4b64076f', 'financieel directeur'),
    hours: 'manager',
    emailShare: 1,
    ages: MANAGER_AGES,
  },
  controller: {
    title: 'Controller',
    esco: esco('5e5b1b61-1351-4d3b-a293-deb3661715dd', 'controller'),
    hours: 'staff',
    emailShare: 1,
  },
  financieelAdministrateur: { title: 'Financieel administrateur', esco: null, hours: 'staff', emailShare: 1 },
  managerKwaliteit: {
    title: 'Manager kwaliteit en veiligheid',
    esco: esco('109e0a5d-203d-4af6-8f70-692111335ec3', 'kwaliteitsmanager dienstverlening'),
    hours: 'manager',
    emailShare: 1,
    ages: MANAGER_AGES,
  },
  adviseurArbo: {
    title: 'Adviseur arbo en veiligheid',
    esco: esco('789517fb-95ee-43d1-9530-c2860be1a439', 'arbeidshygiënist'),
    hours: 'staff',
    emailShare: 1,
  },
  adviseurKwaliteit: { title: 'Adviseur kwaliteit', esco: null, hours: 'staff', emailShare: 1 },
} as const satisfies Record<string, JobProfile>;
export type JobKey = keyof typeof JOBS;
