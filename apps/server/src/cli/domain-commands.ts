import { AbsenceStatsInputError, absenceStatsFromJson } from '@inzetbaar/domain/absence-stats/index';
import { EscoInputError } from '@inzetbaar/domain/esco/input-error';
import { searchOccupationsFromJson } from '@inzetbaar/domain/esco/search';
import { PoortwachterInputError, timelineFromJson } from '@inzetbaar/domain/poortwachter/index';
import { matchFromJson } from '@inzetbaar/domain/transitions/from-json';
import {
  automationRisk,
  escoSearch,
  escoTaxonomy,
  escoTransitionIndex,
} from '../platform/reference-data/esco';
import { readStdin } from './read-stdin';

type JsonCommand = { summary: string; usage: string; run: (args: string[]) => Promise<number> };

/** A command that reads JSON on stdin and writes JSON on stdout; invalid input → exit 1 with the issues on stderr. */
function jsonCommand(summary: string, usage: string, compute: (input: unknown) => unknown): JsonCommand {
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
        process.stdout.write(`${JSON.stringify(compute(input), null, 2)}\n`);
        return 0;
      } catch (e) {
        if (
          e instanceof PoortwachterInputError ||
          e instanceof AbsenceStatsInputError ||
          e instanceof EscoInputError
        ) {
          console.error(JSON.stringify({ error: 'invalid_input', issues: e.issues }, null, 2));
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
    'inzetbaar timeline < input.json\n  input: {"asOf": "YYYY-MM-DD", "periods": [{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD" | null, "safetyNet"?: boolean, "pregnancyRelated"?: boolean}], "leaves"?: [{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}], "done"?: {"<milestone>": {"date": "YYYY-MM-DD"}}, "loonsanctieWeeks"?: 1-52}\n  safetyNet / pregnancyRelated: a ZW vangnet applies (same case, adds the UWV vangnet report); leaves: pregnancy/maternity leave, not counted',
    (input) => timelineFromJson(input),
  ),
  'absence-stats': jsonCommand(
    'Absence statistics (CBS/Vernet definitions) as JSON (stdin → stdout)',
    'inzetbaar absence-stats < input.json\n  input: {"from","to","fullTimeHours","employees":[{"id","birthDate"?,"employments":[{"start","end","hoursPerWeek"}]}],"absences":[{"employeeId","start","end","segments"?:[{"from","percentage"}]}]}',
    (input) => absenceStatsFromJson(input),
  ),
  'search-occupations': jsonCommand(
    'Search ESCO occupations by Dutch and English titles and synonyms (stdin → stdout)',
    'inzetbaar search-occupations < input.json\n  input: {"q": "lasser", "lang"?: "nl" | "en", "top"?: 1-100 (default 10)}\n  output: {"results": [{"uri", "title", "iscoGroup", "score"}]} best first; title in lang (default nl), score 0-1',
    (input) => searchOccupationsFromJson(escoTaxonomy(), escoSearch, input),
  ),
  match: jsonCommand(
    'Skills-based transitions from an ESCO occupation (and extra skills): ranked, explained (stdin → stdout)',
    'inzetbaar match < input.json\n  input: {"occupation": "<ESCO URI or title>", "skills"?: ["<ESCO skill URI>" | {"uri", "level": 1-4}], "top"?: 1-100 (default 20), "lang"?: "nl" | "en",\n          "destinations"?: [{"id", "title", "essential": [URI], "optional"?: [URI], "iscoGroup"?: "1234"}], "shortage"?: [{"occupation"?: URI, "isco"?: "1234", "level", "source", "date"}]}\n  skills are added to the occupation\'s own (level 3 unless given); see docs/mobility-engine.md',
    (input) =>
      matchFromJson(
        { taxonomy: escoTaxonomy(), index: escoTransitionIndex(), automationRisk: automationRisk() },
        escoSearch,
        input,
      ),
  ),
};
