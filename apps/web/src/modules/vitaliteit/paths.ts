/** Addresses of the vitaliteit pages (Dutch, like the rest of the app). */
export const VITALITY_PATHS = {
  campaigns: '/vitaliteit/campagnes',
  campaign: '/vitaliteit/campagnes/$campaignId',
  mySurveys: '/vitaliteit/mijn-vragenlijsten',
  answer: '/vitaliteit/mijn-vragenlijsten/$campaignId',
  feedback: '/vitaliteit/mijn-vragenlijsten/$campaignId/uitkomst',
  interventions: '/vitaliteit/interventies',
} as const;
