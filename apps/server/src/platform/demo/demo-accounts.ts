/** Demo mode only: these log-ins exist nowhere else and are exempt from 2FA in demo mode. */
export const DEMO_PASSWORD = 'inzetbaar-demo';

export const DEMO_ACCOUNTS = [
  { email: 'hr@demo.inzetbaar.nl', label: 'HR-adviseur (hr)' },
  { email: 'manager@demo.inzetbaar.nl', label: 'Teamleider Wijkteam Noord (manager)' },
  { email: 'medewerker@demo.inzetbaar.nl', label: 'Verzorgende IG (employee)' },
  { email: 'preventie@demo.inzetbaar.nl', label: 'Preventiemedewerker (prevention_officer)' },
  { email: 'bedrijfsarts@demo.inzetbaar.nl', label: 'Bedrijfsarts (occupational_physician)' },
  { email: 'or@demo.inzetbaar.nl', label: 'OR-lid (works_council)' },
  { email: 'coach@demo.inzetbaar.nl', label: 'Loopbaancoach (coach)' },
  { email: 'vertrouwenspersoon@demo.inzetbaar.nl', label: 'Vertrouwenspersoon (confidential_adviser)' },
] as const;
