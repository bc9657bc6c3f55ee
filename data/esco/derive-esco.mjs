#!/usr/bin/env node
// Derives the compact ESCO v1.1.1 bundle (data/esco/esco-v1.1.1.json.gz) and the Nesta automation-risk
// table (data/esco/nesta-automation-risk.json) from the CSVs in ../shared/data/ (see each folder's
// SOURCE.md and data/esco/SOURCE.md). Run once from anywhere:
//   node data/esco/derive-esco.mjs [path/to/shared/data]
// The product reads only the files written here; it never needs ../shared.
// "This service uses the ESCO classification of the European Commission."
// Automation risk: Kanders, Djumalieva, Sleeman & Orlik (2020), Mapping Career Causeways, Nesta (MIT).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = new URL('./', import.meta.url);
// Default: ../shared/data beside the repository (a git worktree one level deeper is looked up too).
const dataDir = process.argv[2]
  ? pathToFileURL(`${resolve(process.argv[2])}/`)
  : [new URL('../../../shared/data/', here), new URL('../../../../shared/data/', here)].find((u) =>
      existsSync(new URL('esco-v1.1.1/', u)),
    );
if (!dataDir) throw new Error('ESCO CSVs not found: pass the path of shared/data');
const en = (f) => new URL(`esco-v1.1.1/${f}`, dataDir);
const nl = (f) => new URL(`esco-v1.1.1-nl/${f}`, dataDir);
const nesta = (f) => new URL(`nesta-mcc/${f}`, dataDir);

/**
 * RFC 4180 CSV (quoted fields may hold commas and newlines) → array of objects keyed by the header.
 * `padShortRows`: the skillsHierarchy files drop trailing empty fields on some rows.
 */
function parseCsv(url, { padShortRows = false } = {}) {
  const text = readFileSync(url, 'utf8').replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...data] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return data.map((r) => {
    if (padShortRows && r.length < header.length) r.push(...Array(header.length - r.length).fill(''));
    if (r.length !== header.length)
      throw new Error(`${url.pathname}: row has ${r.length} fields, expected ${header.length}: ${r}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}

const PREFIX = 'http://data.europa.eu/esco/';
/** URIs are kept once: without the common prefix. */
const short = (uri) => {
  if (!uri.startsWith(PREFIX)) throw new Error(`unexpected URI ${uri}`);
  return uri.slice(PREFIX.length);
};
const clean = (s) => s.replace(/\s+/g, ' ').trim();
/** Multi-value fields: newline-separated in the main files, ` | ` in the collection files. */
const list = (s, sep = /\n/) => [
  ...new Set(
    (s ?? '')
      .split(sep)
      .map(clean)
      .filter((x) => x !== ''),
  ),
];
const without = (labels, preferred) => labels.filter((l) => l !== preferred);

// --- ISCO-08 groups (levels 1–4), Dutch and English titles -------------------------------------
const iscoEn = parseCsv(en('ISCOGroups_en.csv'));
const iscoNl = new Map(parseCsv(nl('ISCOGroups_nl.csv')).map((r) => [r.conceptUri, r]));
const isco = iscoEn
  .map((r) => {
    const n = iscoNl.get(r.conceptUri);
    if (!n) throw new Error(`no Dutch ISCO group for ${r.conceptUri}`);
    return [r.code, clean(n.preferredLabel), clean(r.preferredLabel)];
  })
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

// --- skills and skill groups -------------------------------------------------------------------
const skillRows = parseCsv(en('skills_en.csv'));
const skillIndex = new Map(skillRows.map((r, i) => [r.conceptUri, i]));
const TYPE = { 'skill/competence': 's', knowledge: 'k', '': '-' };
const REUSE = {
  transversal: 't',
  'cross-sector': 'c',
  'sector-specific': 's',
  'occupation-specific': 'o',
  '': '-',
};
const code = (table, value, what) => {
  if (!(value in table)) throw new Error(`unknown ${what}: ${value}`);
  return table[value];
};

// Dutch skill labels exist only in the collections (SOURCE.md of esco-v1.1.1-nl: no skills_nl.csv).
const COLLECTIONS = {
  digital: 'digitalSkillsCollection',
  green: 'greenSkillsCollection',
  transversal: 'transversalSkillsCollection',
  language: 'languageSkillsCollection',
  digComp: 'digCompSkillsCollection',
  research: 'researchSkillsCollection',
};
const skillNl = new Map();
const collections = {};
for (const [name, file] of Object.entries(COLLECTIONS)) {
  const members = new Set();
  for (const r of parseCsv(en(`${file}_en.csv`))) {
    const i = skillIndex.get(r.conceptUri);
    if (i === undefined) throw new Error(`${file}: unknown skill ${r.conceptUri}`);
    members.add(i);
  }
  for (const r of parseCsv(nl(`${file}_nl.csv`))) {
    if (!skillIndex.has(r.conceptUri)) throw new Error(`${file}_nl: unknown skill ${r.conceptUri}`);
    const label = clean(r.preferredLabel);
    if (label) skillNl.set(r.conceptUri, { label, alt: without(list(r.altLabels, / \| |\n/), label) });
  }
  collections[name] = [...members].sort((a, b) => a - b);
}

// Skill groups: skillGroups_*.csv lists 640; the hierarchy (skillsHierarchy_*.csv) has 7 more that
// broaderRelationsSkillPillar.csv uses, so they are taken from there (label and code).
const groupRows = parseCsv(en('skillGroups_en.csv'));
const groupNl = new Map(
  parseCsv(nl('skillGroups_nl.csv')).map((r) => [r.conceptUri, clean(r.preferredLabel)]),
);
const hierarchyNl = new Map();
for (const r of parseCsv(nl('skillsHierarchy_nl.csv'), { padShortRows: true }))
  for (const l of [0, 1, 2, 3])
    if (r[`Level ${l} URI`]) hierarchyNl.set(r[`Level ${l} URI`], clean(r[`Level ${l} preferred term`]));
{
  const known = new Set(groupRows.map((r) => r.conceptUri));
  for (const r of parseCsv(en('skillsHierarchy_en.csv'), { padShortRows: true }))
    for (const l of [0, 1, 2, 3]) {
      const uri = r[`Level ${l} URI`];
      if (!uri || known.has(uri)) continue;
      known.add(uri);
      groupRows.push({
        conceptUri: uri,
        preferredLabel: r[`Level ${l} preferred term`],
        code: r[`Level ${l} code`],
      });
    }
}
for (const [uri, label] of hierarchyNl) if (!groupNl.has(uri)) groupNl.set(uri, label);
const groupIndex = new Map(groupRows.map((r, i) => [r.conceptUri, i]));

const skillBroader = skillRows.map(() => []);
const skillGroupOf = skillRows.map(() => []);
const groupBroader = groupRows.map(() => []);
for (const r of parseCsv(en('broaderRelationsSkillPillar.csv'))) {
  const s = skillIndex.get(r.conceptUri);
  const g = groupIndex.get(r.conceptUri);
  const bs = skillIndex.get(r.broaderUri);
  const bg = groupIndex.get(r.broaderUri);
  if (s !== undefined && bs !== undefined) skillBroader[s].push(bs);
  else if (s !== undefined && bg !== undefined) skillGroupOf[s].push(bg);
  else if (g !== undefined && bg !== undefined) groupBroader[g].push(bg);
  else throw new Error(`broader relation with unknown concept: ${r.conceptUri} → ${r.broaderUri}`);
}

const skills = {
  id: skillRows.map((r) => short(r.conceptUri)),
  type: skillRows.map((r) => code(TYPE, r.skillType, 'skill type')).join(''),
  reuse: skillRows.map((r) => code(REUSE, r.reuseLevel, 'reuse level')).join(''),
  en: skillRows.map((r) => clean(r.preferredLabel)),
  enAlt: skillRows.map((r) => without(list(r.altLabels), clean(r.preferredLabel))),
  nl: skillRows.map((r) => skillNl.get(r.conceptUri)?.label ?? null),
  nlAlt: skillRows.map((r) => skillNl.get(r.conceptUri)?.alt ?? []),
  broader: skillBroader,
  group: skillGroupOf,
};
const skillGroups = {
  id: groupRows.map((r) => short(r.conceptUri)),
  code: groupRows.map((r) => r.code),
  en: groupRows.map((r) => clean(r.preferredLabel)),
  nl: groupRows.map((r) => groupNl.get(r.conceptUri) ?? null),
  broader: groupBroader,
};

// --- occupations ---------------------------------------------------------------------------------
const occRows = parseCsv(en('occupations_en.csv'));
const occIndex = new Map(occRows.map((r, i) => [r.conceptUri, i]));
const occNl = new Map(parseCsv(nl('occupations_nl.csv')).map((r) => [r.conceptUri, r]));
const iscoCodes = new Set(isco.map((g) => g[0]));
const occBroader = occRows.map(() => []);
let skippedOccBroader = 0;
for (const r of parseCsv(en('broaderRelationsOccPillar.csv'))) {
  if (r.conceptType !== 'Occupation' || r.broaderType !== 'Occupation') continue;
  const o = occIndex.get(r.conceptUri);
  const b = occIndex.get(r.broaderUri);
  // one row names an occupation (…/a9e54177-…) that is not in occupations_en.csv of v1.1.1
  if (o === undefined || b === undefined) skippedOccBroader++;
  else occBroader[o].push(b);
}
const essential = occRows.map(() => []);
const skippedRelations = new Set();
let skippedRelationRows = 0;
const optional = occRows.map(() => []);
for (const r of parseCsv(en('occupationSkillRelations.csv'))) {
  const o = occIndex.get(r.occupationUri);
  const s = skillIndex.get(r.skillUri);
  if (s === undefined) throw new Error(`relation with unknown skill: ${JSON.stringify(r)}`);
  // 67 rows belong to an occupation (…/a9e54177-…) that occupations_en.csv of v1.1.1 does not list
  if (o === undefined) {
    skippedRelations.add(r.occupationUri);
    skippedRelationRows++;
    continue;
  }
  if (r.relationType === 'essential') essential[o].push(s);
  else if (r.relationType === 'optional') optional[o].push(s);
  else throw new Error(`unknown relation type ${r.relationType}`);
}
const occupations = {
  id: occRows.map((r) => short(r.conceptUri)),
  isco: occRows.map((r) => {
    if (!iscoCodes.has(r.iscoGroup)) throw new Error(`unknown ISCO group ${r.iscoGroup}`);
    return r.iscoGroup;
  }),
  code: occRows.map((r) => r.code),
  nl: occRows.map((r) => clean(occNl.get(r.conceptUri).preferredLabel)),
  nlAlt: occRows.map((r) => {
    const n = occNl.get(r.conceptUri);
    return without(list(n.altLabels), clean(n.preferredLabel));
  }),
  nlHidden: occRows.map((r) => list(occNl.get(r.conceptUri).hiddenLabels)),
  en: occRows.map((r) => clean(r.preferredLabel)),
  enAlt: occRows.map((r) => without(list(r.altLabels), clean(r.preferredLabel))),
  enHidden: occRows.map((r) => list(r.hiddenLabels)),
  broader: occBroader.map((b) => [...new Set(b)].sort((x, y) => x - y)),
  essential: essential.map((l) => [...new Set(l)].sort((x, y) => x - y)),
  optional: optional.map((l) => [...new Set(l)].sort((x, y) => x - y)),
};
if (occNl.size !== occRows.length) throw new Error('Dutch and English occupations differ');

const counts = {
  occupations: occRows.length,
  occupationsWithDutchAltLabels: occupations.nlAlt.filter((a) => a.length > 0).length,
  iscoGroups: isco.length,
  skills: skillRows.length,
  skillsWithDutchLabel: skills.nl.filter((l) => l !== null).length,
  skillGroups: groupRows.length,
  essentialRelations: occupations.essential.reduce((n, l) => n + l.length, 0),
  optionalRelations: occupations.optional.reduce((n, l) => n + l.length, 0),
  skillsInRelations: new Set([...occupations.essential.flat(), ...occupations.optional.flat()]).size,
  skillBroaderSkill: skills.broader.reduce((n, l) => n + l.length, 0),
  skillInGroup: skills.group.reduce((n, l) => n + l.length, 0),
  occupationBroaderOccupation: occupations.broader.reduce((n, l) => n + l.length, 0),
  skippedOccupationBroader: skippedOccBroader,
  skippedRelations: skippedRelationRows,
  skippedRelationOccupations: [...skippedRelations],
  collections: Object.fromEntries(Object.entries(collections).map(([k, v]) => [k, v.length])),
};

const bundle = {
  format: 1,
  esco: 'v1.1.1',
  attribution: 'This service uses the ESCO classification of the European Commission.',
  licence: 'ESCO: reuse with acknowledgement of the source (Commission Decision 2011/833/EU)',
  uriPrefix: PREFIX,
  counts,
  isco,
  occupations,
  skills,
  skillGroups,
  collections,
};
const json = JSON.stringify(bundle);
const gz = gzipSync(Buffer.from(json), { level: 9 });
writeFileSync(new URL('esco-v1.1.1.json.gz', here), gz);

// --- Nesta automation risk, per ESCO occupation and per ISCO-08 unit group ----------------------
const round = (x, d) => Math.round(Number(x) * 10 ** d) / 10 ** d;
const CATEGORY = { 'High risk': 'high', 'Low risk': 'low', Other: 'other' };
const byOccupation = {};
let unmatched = 0;
for (const r of parseCsv(nesta('automation_risk/mcc_risk_All_occupations.csv'))) {
  if (!occIndex.has(r.concept_uri)) {
    unmatched++;
    continue;
  }
  byOccupation[short(r.concept_uri)] = [
    round(r.risk, 3),
    round(r.prevalence, 3),
    code(CATEGORY, r.risk_category, 'risk category'),
  ];
}
const byIsco4 = {};
for (const r of parseCsv(nesta('automation_risk/mcc_risk_ISCO_4digit.csv')))
  byIsco4[r.isco_code.padStart(4, '0')] = [
    round(r.risk, 3),
    round(r.prevalence, 3),
    code(CATEGORY, r.risk_category, 'risk category'),
  ];
const risk = {
  source:
    'Kanders K., Djumalieva J., Sleeman C. and Orlik J. (2020), Mapping Career Causeways: Supporting workers at risk. London: Nesta. doi:10.5281/zenodo.4451887',
  licence: 'MIT, Copyright (c) 2021 Nesta',
  basedOn:
    'ESCO v1.0.5, O*NET 24.2; Brynjolfsson et al. (2018) suitability-for-machine-learning task ratings',
  columns: ['risk (1–5)', 'prevalence of bottleneck tasks (0–1)', 'category: high | low | other'],
  uriPrefix: PREFIX,
  counts: {
    occupations: Object.keys(byOccupation).length,
    notInEscoV111: unmatched,
    isco4: Object.keys(byIsco4).length,
  },
  byOccupation,
  byIsco4,
};
writeFileSync(new URL('nesta-automation-risk.json', here), `${JSON.stringify(risk)}\n`);

console.log(
  JSON.stringify({ counts, bytes: { json: json.length, gz: gz.length }, risk: risk.counts }, null, 2),
);
