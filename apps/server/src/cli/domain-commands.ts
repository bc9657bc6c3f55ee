import { readStdin } from './read-stdin';

// Each command loads its part of the domain when it runs (`inzetbaar --help` loads none of it).
const absenceStats = () => import('@inzetbaar/domain/absence-stats/index');
const esco = () => import('../platform/reference-data/esco');
const poortwachter = () => import('@inzetbaar/domain/poortwachter/index');
const vitality = () => import('@inzetbaar/domain/vitality/index');
const instruments = async () => (await import('../modules/vitaliteit/bundled-data')).bundledInstruments();

/** Whether `e` is one of the domain's input errors (their issues go to stderr as JSON). */
async function isInputError(e: unknown): Promise<boolean> {
  const [{ AbsenceStatsInputError }, { EscoInputError }, { PoortwachterInputError }, { VitalityInputError }] =
    await Promise.all([
      absenceStats(),
      import('@inzetbaar/domain/esco/input-error'),
      poortwachter(),
      vitality(),
    ]);
  return (
    e instanceof PoortwachterInputError ||
    e instanceof AbsenceStatsInputError ||
    e instanceof EscoInputError ||
    e instanceof VitalityInputError
  );
}

type JsonCommand = { summary: string; usage: string; run: (args: string[]) => Promise<number> };

/** A command that reads JSON on stdin and writes JSON on stdout; invalid input → exit 1 with the issues on stderr. */
function jsonCommand(
  summary: string,
  usage: string,
  compute: (input: unknown) => Promise<unknown> | unknown,
): JsonCommand {
  return {
    summary,
    usage,
    run: async () => {
      let input: unknown;
      try {
        input = JSON.parse(await readStdin());
      } catch (e) {
        console.error(JSON.stringify({ error: 'invalid_json', message: (e as Error).message }));
        return 1;
      }
      try {
        process.stdout.write(`${JSON.stringify(await compute(input), null, 2)}\n`);
        return 0;
      } catch (e) {
        if (await isInputError(e)) {
          console.error(
            JSON.stringify({ error: 'invalid_input', issues: (e as { issues: unknown }).issues }, null, 2),
          );
          return 1;
        }
        throw e;
      }
    },
  };
}

export const domainCommands: Record<string, JsonCommand> = {
  timeline: jsonCommand(
    'Poortwachter timeline: cases (samentelregel) and milestones as JSON (stdin → stdout)',
    'inzetbaar timeline < input.json\n  input: {"asOf": "YYYY-MM-DD", "periods": [{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD" | null, "safetyNet"?: boolean, "pregnancyRelated"?: boolean}], "leaves"?: [{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}], "done"?: {"<milestone>": {"date": "YYYY-MM-DD"}}, "loonsanctieWeeks"?: 1-52, "employmentEnd"?: "YYYY-MM-DD"}\n  safetyNet / pregnancyRelated: a ZW vangnet applies (same case, adds uwv_vangnet_melding due on the 4th sick day of the first vangnet period); leaves: pregnancy/maternity leave, not counted; employmentEnd: the employment\'s last day — a case sick on that day gets uwv_ziek_uit_dienst due that day (and reintegratieverslag_ziek_uit_dienst when that day is 6 weeks or more after the first sick day)',
    async (input) => (await poortwachter()).timelineFromJson(input),
  ),
  'absence-stats': jsonCommand(
    'Absence statistics (CBS/Vernet definitions) as JSON (stdin → stdout)',
    'inzetbaar absence-stats < input.json\n  input: {"from","to","fullTimeHours","employees":[{"id","birthDate"?,"employments":[{"start","end","hoursPerWeek"}]}],"absences":[{"employeeId","start","end","segments"?:[{"from","percentage"}]}]}',
    async (input) => (await absenceStats()).absenceStatsFromJson(input),
  ),
  'search-occupations': jsonCommand(
    'Search ESCO occupations by Dutch and English titles and synonyms (stdin → stdout)',
    'inzetbaar search-occupations < input.json\n  input: {"q": "lasser", "lang"?: "nl" | "en", "top"?: 1-100 (default 10)}\n  output: {"results": [{"uri", "title", "iscoGroup", "score"}]} best first; title in lang (default nl), score 0-1',
    async (input) => {
      const [{ searchOccupationsFromJson }, e] = await Promise.all([
        import('@inzetbaar/domain/esco/search'),
        esco(),
      ]);
      return searchOccupationsFromJson(e.escoTaxonomy(), e.escoSearch, input);
    },
  ),
  match: jsonCommand(
    'Skills-based transitions from an ESCO occupation (and extra skills): ranked, explained (stdin → stdout)',
    'inzetbaar match < input.json\n  input: {"occupation": "<ESCO URI or title>", "skills"?: ["<ESCO skill URI>" | {"uri", "level": 1-4}], "top"?: 1-100 (default 20), "lang"?: "nl" | "en",\n          "destinations"?: [{"id", "title", "essential": [URI], "optional"?: [URI], "iscoGroup"?: "1234"}], "shortage"?: [{"occupation"?: URI, "isco"?: "1234", "level", "source", "date"}]}\n  skills are added to the occupation\'s own (level 3 unless given); see docs/mobility-engine.md',
    async (input) => {
      const [{ matchFromJson }, e] = await Promise.all([
        import('@inzetbaar/domain/transitions/from-json'),
        esco(),
      ]);
      return matchFromJson(
        { taxonomy: e.escoTaxonomy(), index: e.escoTransitionIndex(), automationRisk: e.automationRisk() },
        e.escoSearch,
        input,
      );
    },
  ),
  'survey-score': jsonCommand(
    'Score one questionnaire (CBI, psa, di_check): scale scores as JSON (stdin → stdout)',
    'inzetbaar survey-score < input.json\n  input: {"instrument": "cbi", "answers": {"personal_1": 2, …, "work_7": 1, …, "client_6": 5}}\n  an answer is the position of the chosen option (1 = always / to a very high degree … 5 = never / to a very low degree); a scale with fewer than half its items answered is null',
    async (input) => (await vitality()).scoreFromJson(input, await instruments()),
  ),
  'survey-release': jsonCommand(
    'Which survey groups the organisation may see (k, roll-ups, complementary suppression) as JSON (stdin → stdout)',
    'inzetbaar survey-release < input.json\n  input: {"k"?: 5.., "units": [{"id", "parentId"}], "respondents": [{"unit", "ageBand"?}], "breakdowns"?: ["ageBand"]}\n  output: {"released": [{"units": [...], "ageBand"? | "ageBands"?, "n"}]} in pre-order of the unit tree; k defaults to 10, below 5 is an error',
    async (input) => (await vitality()).releaseFromJson(input),
  ),
};
