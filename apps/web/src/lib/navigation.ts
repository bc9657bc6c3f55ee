/**
 * Lets non-React code (the query cache's error handlers) navigate without importing the router,
 * which would be a cycle: the router imports pages, pages import the API hooks.
 */
type Navigate = (to: string, search?: Record<string, string>) => void;

let navigateImpl: Navigate = (to) => window.location.assign(to);

export const setNavigate = (fn: Navigate): void => {
  navigateImpl = fn;
};

export const navigateTo: Navigate = (to, search) => navigateImpl(to, search);

export const PATHS = {
  login: '/inloggen',
  twoFactor: '/tweestapsverificatie',
  setup: '/installatie',
  forgotPassword: '/wachtwoord-vergeten',
  resetPassword: '/wachtwoord-herstellen',
  acceptInvitation: '/uitnodiging',
  people: '/medewerkers',
  units: '/afdelingen',
  invitations: '/uitnodigingen',
  import: '/import',
  audit: '/auditlog',
  organization: '/organisatie',
  myFile: '/mijn-dossier',
  outbox: '/uitgaande-email',
  absence: '/verzuim',
  arboRie: '/arbo/rie',
  arboPlan: '/arbo/plan-van-aanpak',
  arboReport: '/arbo/melden',
  arboTriage: '/arbo/meldingen',
  arboAccidents: '/arbo/ongevallen',
  arboInstructions: '/arbo/voorlichting',
  arboMine: '/arbo/mijn-instructies',
  /** The locked RI&E and plan van aanpak, read-only, for everyone. */
  arboPublished: '/arbo/rie-inzien',
  /** Public: the private feedback link of a report (no sign-in). */
  feedback: '/terugkoppeling',
} as const;
