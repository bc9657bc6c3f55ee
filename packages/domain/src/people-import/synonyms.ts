import type { TImportField } from './fields';

/**
 * Column headings per field, best match first, as AFAS Profit, Visma (Raet / Youforce), Nmbrs and
 * Loket export them, plus our own template and the field keys themselves. Matching ignores case,
 * accents, spaces and punctuation (`normalizeHeader`), so "Pers.nr." equals "persnr".
 *
 * Deliberately left out (documented in docs/people-import.md):
 * - "Kostenplaats (omschrijving)": a cost centre is a finance dimension that often does not follow the
 *   organisation tree; auto-mapping it would turn every row into an unknown-unit error.
 * - a bare "Leidinggevende" / "Manager": usually a name, not a personeelsnummer.
 * - "E-mail privé": the platform sends invitations to work addresses only.
 * - "Datum in dienst (i.v.m. dienstjaren)" and similar seniority dates, "Parttime %", codes
 *   ("Functiecode", "Afdelingscode").
 */
export const IMPORT_FIELD_SYNONYMS: Record<TImportField, readonly string[]> = {
  employeeNumber: [
    'Personeelsnummer',
    'Personeelsnr',
    'Pers.nr.',
    'Persnr',
    'Medewerkernummer',
    'Medewerkernr',
    'Medewerker',
    'Werknemersnummer',
    'Werknemernummer',
    'Werknemer nr',
    'Employee number',
    'Employee no',
    'EmployeeNumber',
    'Personnel number',
    'Employee ID',
  ],
  givenName: [
    // Roepnaam first: the name people use; voornamen and voorletters are fallbacks per row.
    'Roepnaam',
    'Roepnaam medewerker',
    'Preferred name',
    'Nickname',
    'Voornaam',
    'First name',
    'FirstName',
    'Given name',
    'GivenName',
    'Voornamen',
    'First names',
    'Voorletters',
    'Initialen',
    'Initials',
  ],
  surnamePrefix: [
    'Tussenvoegsel',
    'Tussenvoegsels',
    'Voorvoegsel',
    'Voorvoegsels',
    'Voorv.',
    'Tussenv.',
    'Voorvoegsel geboortenaam',
    'Voorvoegsels geboortenaam',
    'Voorv. geb. naam',
    'Prefix',
    'Surname prefix',
    'SurnamePrefix',
    'Name prefix',
  ],
  surname: ['Achternaam', 'Geslachtsnaam', 'Geboortenaam', 'Last name', 'LastName', 'Surname', 'Family name'],
  birthDate: [
    'Geboortedatum',
    'Geb. datum',
    'Geb.datum',
    'Date of birth',
    'Birth date',
    'BirthDate',
    'Birthday',
    'DOB',
  ],
  email: [
    'E-mail werk',
    'E-mailadres werk',
    'E-mail zakelijk',
    'E-mailadres zakelijk',
    'Zakelijk e-mailadres',
    'Werk e-mail',
    'Work email',
    'Business email',
    'E-mailadres',
    'E-mail',
    'Email address',
    'Email',
  ],
  startDate: [
    'Datum in dienst',
    'In dienst',
    'Indienstdatum',
    'Datum indienst',
    'Begindatum dienstverband',
    'Ingangsdatum dienstverband',
    'Startdatum dienstverband',
    'Begindatum contract',
    'Startdatum',
    'Start date',
    'StartDate',
    'Employment start date',
    'Hire date',
  ],
  endDate: [
    'Datum uit dienst',
    'Uit dienst',
    'Uitdienstdatum',
    'Datum uitdienst',
    'Einddatum dienstverband',
    'Einddatum contract',
    'Einddatum',
    'End date',
    'EndDate',
    'Employment end date',
    'Termination date',
  ],
  hoursPerWeek: [
    'Uren per week',
    'Aantal uren per week',
    'Contracturen',
    'Contracturen per week',
    'Arbeidsduur per week',
    'Arbeidsduur (uren per week)',
    'Arbeidsduur',
    'Parttime uren',
    'Uren pw',
    'Uren',
    'Hours per week',
    'HoursPerWeek',
    'Contract hours',
    'Hours',
  ],
  jobTitle: [
    'Functie',
    'Functienaam',
    'Functie omschrijving',
    'Omschrijving functie',
    'Functiebenaming',
    'Job title',
    'JobTitle',
    'Function',
    'Position',
  ],
  unitName: [
    'Afdeling',
    'Afdelingsnaam',
    'Naam afdeling',
    'Afdeling omschrijving',
    'Omschrijving afdeling',
    'Organisatorische eenheid',
    'Naam organisatorische eenheid',
    'Omschrijving organisatorische eenheid',
    'Organisatie-eenheid',
    'Org. eenheid',
    'Team',
    'Department',
    'Unit',
    'UnitName',
  ],
  managerEmployeeNumber: [
    'Leidinggevende (personeelsnummer)',
    'Personeelsnummer leidinggevende',
    'Persnr leidinggevende',
    'Leidinggevende persnr',
    'Leidinggevende medewerker',
    'Medewerker leidinggevende',
    'Leidinggevende nummer',
    'Manager employee number',
    'ManagerEmployeeNumber',
    'Manager number',
    'ManagerNumber',
    'Manager ID',
  ],
};

/** Lower-case, strip accents, drop everything but letters and digits: "Pers.nr." → "persnr". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

type THeaderMatch = { field: TImportField; rank: number };

const SYNONYM_INDEX: ReadonlyMap<string, THeaderMatch> = (() => {
  const index = new Map<string, THeaderMatch>();
  for (const [field, synonyms] of Object.entries(IMPORT_FIELD_SYNONYMS) as [
    TImportField,
    readonly string[],
  ][]) {
    // The list order is the rank; the field key itself ("hoursPerWeek") matches too, after the list.
    [...synonyms, field].forEach((synonym, rank) => {
      const key = normalizeHeader(synonym);
      const known = index.get(key);
      if (known && known.field !== field) {
        throw new Error(`Import synonym "${synonym}" is claimed by both ${known.field} and ${field}`);
      }
      if (!known) index.set(key, { field, rank });
    });
  }
  return index;
})();

/** The field a column heading stands for and how good a match it is (0 = best), or undefined. */
export function matchHeader(header: string): THeaderMatch | undefined {
  return SYNONYM_INDEX.get(normalizeHeader(header));
}
