/**
 * Dutch legal and HR terms that appear in the API, explained in English for integrators. An
 * operation whose summary or description uses one gets its explanation in its description.
 */
export const GLOSSARY: readonly { term: string; match: RegExp; explanation: string }[] = [
  {
    term: 'Poortwachter',
    match: /poortwachter/i,
    explanation:
      'Wet verbetering poortwachter: the Dutch law that sets the steps and deadlines for employer and employee during the first two years of sickness absence.',
  },
  {
    term: 'verzuim',
    match: /\bverzuim/i,
    explanation: 'sickness absence.',
  },
  {
    term: 'betermelding',
    match: /betermelding/i,
    explanation: 'the report that an employee has recovered and is back at work.',
  },
  {
    term: 'plan van aanpak',
    match: /plan van aanpak/i,
    explanation:
      'action plan: for a sick employee the return-to-work plan required by the Wet verbetering poortwachter; for an RI&E the plan of measures against the risks found (Arbowet art. 5).',
  },
  {
    term: 'loonsanctie',
    match: /loonsanctie/i,
    explanation:
      'wage sanction: UWV obliges the employer to keep paying wages for up to 52 more weeks when the reintegration effort fell short.',
  },
  {
    term: 'UWV',
    match: /\bUWV\b/,
    explanation: 'Uitvoeringsinstituut Werknemersverzekeringen, the Dutch employee insurance agency.',
  },
  {
    term: 'RI&E',
    match: /RI&E/,
    explanation:
      'risico-inventarisatie en -evaluatie: the written risk assessment every Dutch employer must have (Arbowet art. 5).',
  },
  {
    term: 'toetsing',
    match: /toetsing/i,
    explanation:
      'the review of an RI&E by a certified expert or arbodienst (Arbowet art. 14), unless exempt.',
  },
  {
    term: 'instemming',
    match: /instemming/i,
    explanation:
      'the consent of the works council (ondernemingsraad) required by the Wet op de ondernemingsraden, art. 27.',
  },
  {
    term: 'preventiemedewerker',
    match: /preventiemedewerker|prevention officer/i,
    explanation: 'the employee the employer appoints to assist with health and safety (Arbowet art. 13).',
  },
  {
    term: 'ongevallenregister',
    match: /ongevallenregister/i,
    explanation: 'the register of serious workplace accidents the employer must keep (Arbowet art. 9).',
  },
  {
    term: 'PAGO',
    match: /\bPAGO\b/i,
    explanation:
      'periodiek arbeidsgezondheidskundig onderzoek, the periodic occupational health examination offered to employees (Arbowet art. 18).',
  },
  {
    term: 'voorlichting en onderricht',
    match: /voorlichting|instruction/i,
    explanation: 'the information and instruction on working safely the employer must give (Arbowet art. 8).',
  },
  {
    term: 'vertrouwenspersoon',
    match: /vertrouwenspersoon/i,
    explanation:
      'confidential adviser for reports of undesirable behaviour such as harassment or bullying (Arbowet art. 3 lid 2).',
  },
  {
    term: 'bedrijfsarts',
    match: /bedrijfsarts|occupational physician|physician/i,
    explanation: 'occupational physician; the only role that reads or writes medical data.',
  },
  {
    term: 'arbodienst',
    match: /arbodienst/i,
    explanation: 'certified occupational health and safety service.',
  },
  {
    term: 'AP',
    match: /\bthe AP\b/,
    explanation:
      'Autoriteit Persoonsgegevens, the Dutch data protection authority, which limits what an employer may record about a sick employee.',
  },
  {
    term: 'POP',
    match: /\bPOP\b/,
    explanation: 'persoonlijk ontwikkelplan, personal development plan.',
  },
  {
    term: 'LLO',
    match: /\bLLO\b/,
    explanation: 'leven lang ontwikkelen, lifelong learning and development.',
  },
  {
    term: 'cao',
    match: /\bcao\b/i,
    explanation: 'collectieve arbeidsovereenkomst, collective labour agreement.',
  },
  {
    term: 'O&O fund',
    match: /O&O/,
    explanation: 'opleidings- en ontwikkelingsfonds, a sector training and development fund.',
  },
  {
    term: 'SLIM',
    match: /\bSLIM\b/,
    explanation: 'the Dutch government subsidy for learning and development in SMEs (Subsidieregeling SLIM).',
  },
  {
    term: 'afdeling',
    match: /afdeling/i,
    explanation: 'department, a unit of the organisation.',
  },
  {
    term: 'werkbegeleider',
    match: /werkbegeleider/i,
    explanation: 'the colleague who coaches a trainee or new employee on the job.',
  },
];
