/** Request-body examples of the main operations, by operationId (checked by Redocly's lint). */
export const REQUEST_EXAMPLES: Record<string, unknown> = {
  createPerson: {
    employeeNumber: '10234',
    givenName: 'Fatima',
    surnamePrefix: 'el',
    surname: 'Amrani',
    birthDate: '1986-04-12',
    email: 'f.elamrani@example.nl',
    employment: {
      startDate: '2024-03-01',
      hoursPerWeek: 32,
      jobTitle: 'Verzorgende IG',
      unitId: 'c1d7e0c2-5f0e-4a77-9a0a-2b1f0e8f9a11',
    },
  },
  updatePerson: { email: 'fatima.elamrani@example.nl', version: 3 },
  createUnit: { name: 'Thuiszorg Noord', parentId: null },
  reportSick: {
    personId: '7f3e9a40-2c11-4b8e-9d55-0e6a1c2b3d44',
    startDate: '2026-11-30',
    contactPhone: '06-12345678',
    contactAddress: null,
    expectedDurationDays: 5,
    currentWork: 'Teamoverleg dinsdag overnemen',
    safetyNet: false,
    workAccident: false,
    liableThirdParty: false,
  },
  reportPartialRecovery: { from: '2026-12-07', workPercentage: 50 },
  reportRecovery: { recoveredOn: '2026-12-14' },
};
