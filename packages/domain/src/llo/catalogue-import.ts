import {
  LEARNING_KINDS,
  LEARNING_MODES,
  type LEARNING_PROVIDERS,
  type LearningKind,
  type LearningMode,
  SKILL_LEVELS,
} from './vocabulary';

/*
 * Import of a learning catalogue from a spreadsheet (CSV or XLSX read by the server). Every row is
 * checked and every problem reported with its row number and column; the caller writes nothing when
 * there is any error, so a catalogue is never half imported.
 */

export type CatalogueRow = {
  rowNumber: number;
  /** The organisation's own key; a row whose code exists updates that item. */
  code: string | null;
  title: string;
  description: string;
  kind: LearningKind;
  provider: string | null;
  delivery: (typeof LEARNING_PROVIDERS)[number];
  mode: LearningMode;
  durationHours: number;
  costCents: number;
  skills: { ref: string; level: number }[];
  certificateType: string | null;
};

export type CatalogueImportError = { rowNumber: number; field: string; code: string; value: string };

export type CatalogueImportContext = {
  isKnownSkill: (uri: string) => boolean;
  isKnownCertificateType: (id: string) => boolean;
  rowNumbers?: readonly number[];
};

/** Column headings, Dutch and English, lower-cased without spaces, underscores or dashes. */
const COLUMNS: Record<string, readonly string[]> = {
  code: ['code', 'id', 'key'],
  title: ['titel', 'title', 'naam', 'name'],
  description: ['beschrijving', 'omschrijving', 'description'],
  kind: ['soort', 'type', 'kind'],
  provider: ['aanbieder', 'provider'],
  delivery: ['internextern', 'delivery', 'internalexternal'],
  mode: ['vorm', 'werkvorm', 'mode'],
  durationHours: ['uren', 'duur', 'duururen', 'hours', 'durationhours'],
  cost: ['kosten', 'prijs', 'cost', 'price', 'costeuro', 'kosteneuro'],
  skills: ['vaardigheden', 'escovaardigheden', 'skills', 'escoskills'],
  level: ['niveau', 'level'],
  certificateType: ['certificaat', 'certificate', 'certificatetype'],
};
const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-/()€]/g, '');

const KIND_WORDS: Record<string, LearningKind> = {
  cursus: 'course',
  opleiding: 'course',
  training: 'course',
  course: 'course',
  meelopen: 'job_shadowing',
  jobshadowing: 'job_shadowing',
  mentoring: 'mentoring',
  mentoraat: 'mentoring',
  mentor: 'mentoring',
  intervisie: 'peer_learning',
  lerenvancollegas: 'peer_learning',
  peerlearning: 'peer_learning',
  stretchopdracht: 'stretch_assignment',
  uitdagendeopdracht: 'stretch_assignment',
  stretchassignment: 'stretch_assignment',
  loopbaanadvies: 'career_advice',
  careeradvice: 'career_advice',
};
const MODE_WORDS: Record<string, LearningMode> = {
  klassikaal: 'classroom',
  classroom: 'classroom',
  online: 'online',
  elearning: 'online',
  blended: 'blended',
  opdewerkplek: 'on_the_job',
  werkplek: 'on_the_job',
  onthejob: 'on_the_job',
};
const DELIVERY_WORDS: Record<string, 'internal' | 'external'> = {
  intern: 'internal',
  internal: 'internal',
  extern: 'external',
  external: 'external',
};
for (const k of LEARNING_KINDS) KIND_WORDS[norm(k)] = k;
for (const m of LEARNING_MODES) MODE_WORDS[norm(m)] = m;

/** Which column of the file feeds which field (unknown columns are ignored). */
export function catalogueColumns(headers: readonly string[]): Partial<Record<keyof typeof COLUMNS, string>> {
  const out: Partial<Record<keyof typeof COLUMNS, string>> = {};
  for (const h of headers)
    for (const [field, names] of Object.entries(COLUMNS))
      if (!out[field] && names.includes(norm(h))) out[field] = h;
  return out;
}

/** `1.250,00`, `1250.5`, `€ 95`, `0` → cents; undefined when not an amount. */
export function parseEuroCents(value: string): number | undefined {
  let t = value.replace(/€|eur/gi, '').replace(/\s/g, '');
  if (!t) return undefined;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(t)) t = t.replaceAll('.', '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(t)) t = t.replaceAll(',', '');
  else if (/^\d+,\d{1,2}$/.test(t)) t = t.replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return undefined;
  return Math.round(Number(t) * 100);
}

const hoursOf = (value: string) => {
  const t = value.trim().replace(',', '.');
  return /^\d{1,4}(\.\d{1,2})?$/.test(t) ? Number(t) : undefined;
};

export const MAX_CATALOGUE_ROWS = 5000;

export function validateCatalogueRows(
  headers: readonly string[],
  rows: readonly Record<string, string>[],
  ctx: CatalogueImportContext,
): { rows: CatalogueRow[]; errors: CatalogueImportError[] } {
  const cols = catalogueColumns(headers);
  const errors: CatalogueImportError[] = [];
  if (!cols.title) errors.push({ rowNumber: 1, field: 'title', code: 'missing_column', value: '' });
  if (rows.length > MAX_CATALOGUE_ROWS)
    errors.push({ rowNumber: 1, field: '(file)', code: 'too_many_rows', value: String(rows.length) });
  if (errors.length) return { rows: [], errors };
  const out: CatalogueRow[] = [];
  const seenCodes = new Map<string, number>();
  rows.forEach((cells, i) => {
    const rowNumber = ctx.rowNumbers?.[i] ?? i + 2;
    const cell = (f: keyof typeof COLUMNS) => (cols[f] ? (cells[cols[f]] ?? '').trim() : '');
    const fail = (field: string, code: string, value: string) =>
      errors.push({ rowNumber, field, code, value });
    const before = errors.length;

    const title = cell('title');
    if (!title) fail('title', 'required', '');
    else if (title.length > 200) fail('title', 'too_long', title);
    const code = cell('code') || null;
    if (code) {
      const first = seenCodes.get(code);
      if (first !== undefined) fail('code', 'duplicate_in_file', code);
      else seenCodes.set(code, rowNumber);
    }
    const kindText = cell('kind');
    const kind = kindText ? KIND_WORDS[norm(kindText)] : 'course';
    if (!kind) fail('kind', 'invalid_value', kindText);
    const modeText = cell('mode');
    const mode = modeText
      ? MODE_WORDS[norm(modeText)]
      : kind && kind !== 'course'
        ? 'on_the_job'
        : 'classroom';
    if (!mode) fail('mode', 'invalid_value', modeText);
    const deliveryText = cell('delivery');
    const delivery = deliveryText ? DELIVERY_WORDS[norm(deliveryText)] : 'external';
    if (!delivery) fail('delivery', 'invalid_value', deliveryText);
    const hoursText = cell('durationHours');
    const durationHours = hoursText ? hoursOf(hoursText) : 0;
    if (durationHours === undefined) fail('durationHours', 'invalid_number', hoursText);
    const costText = cell('cost');
    const costCents = costText ? parseEuroCents(costText) : 0;
    if (costCents === undefined) fail('cost', 'invalid_amount', costText);
    const levelText = cell('level');
    const level = levelText ? Number(levelText) : 2;
    if (!(SKILL_LEVELS as readonly number[]).includes(level)) fail('level', 'invalid_level', levelText);
    const skills: { ref: string; level: number }[] = [];
    for (const uri of cell('skills')
      .split(/[|\n\s]+/)
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (!ctx.isKnownSkill(uri)) fail('skills', 'unknown_skill', uri);
      else if (!skills.some((s) => s.ref === uri)) skills.push({ ref: uri, level });
    }
    const certificateType = cell('certificateType') || null;
    if (certificateType && !ctx.isKnownCertificateType(certificateType))
      fail('certificateType', 'unknown_certificate_type', certificateType);

    if (errors.length > before) return;
    out.push({
      rowNumber,
      code,
      title,
      description: cell('description'),
      kind: kind as LearningKind,
      provider: cell('provider') || null,
      delivery: delivery as 'internal' | 'external',
      mode: mode as LearningMode,
      durationHours: durationHours as number,
      costCents: costCents as number,
      skills,
      certificateType,
    });
  });
  return { rows: errors.length ? [] : out, errors };
}
