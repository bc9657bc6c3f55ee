#!/usr/bin/env node
// Derives data/cbs/psa-83157NED.json from the CBS StatLine extract in ../shared/data/cbs-statline/
// (table 83157NED, see that folder's SOURCE.md). Run once from anywhere:
//   node data/cbs/derive-83157.mjs [path/to/cbs-statline]
// The product reads only the JSON written here; it never needs ../shared.
// Bron: CBS StatLine, tabel 83157NED (CC BY 4.0).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = new URL('./', import.meta.url);
const sourceDir = process.argv[2]
  ? pathToFileURL(`${resolve(process.argv[2])}/`)
  : new URL('../../../shared/data/cbs-statline/', here);
const out = new URL('psa-83157NED.json', here);
/** Years kept: the questions on undesirable behaviour by source exist since 2022 (and keep the file small). */
const FIRST_YEAR = 2022;

/** RFC 4180 CSV (quoted fields may hold commas and newlines) → array of objects keyed by the header. */
function parseCsv(text) {
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
    if (r.length !== header.length)
      throw new Error(`CSV row has ${r.length} fields, expected ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}

const SECTIONS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');
/** "B-F" → B…F; "C" → C; SBI divisions ("10-12", "86") → null. */
function sectionsOf(code) {
  const m = /^([A-U])(?:-([A-U]))?$/.exec(code);
  if (!m) return null;
  return SECTIONS.slice(SECTIONS.indexOf(m[1]), SECTIONS.indexOf(m[2] ?? m[1]) + 1);
}

const columnsCsv = parseCsv(readFileSync(new URL('83157NED_kolommen.csv', sourceDir), 'utf8'));
const dataCsv = parseCsv(readFileSync(new URL('83157NED_data.csv', sourceDir), 'utf8'));

/** The question and the counted answer categories, from the CBS description (first lines). */
function shortDescription(text) {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const question = lines.find((l) => l.startsWith('Enquêtevraag:'))?.replace('Enquêtevraag: ', '') ?? null;
  const counted = lines.find((l) => /^(Het )?[Cc]ijfer betreft/.test(l)) ?? null;
  return { question, counted };
}
const columns = columnsCsv.map((c) => ({
  key: c.key,
  title: c.title,
  group: c.group_path,
  ...shortDescription(c.description),
}));
const keys = columns.map((c) => c.key);

const sectors = new Map();
for (const r of dataCsv) {
  const year = Number(r.periode_key.slice(0, 4));
  if (!/^\d{4}JJ00$/.test(r.periode_key)) throw new Error(`Unknown period ${r.periode_key}`);
  if (r.status !== 'Definitief') throw new Error(`Unknown status ${r.status}`);
  if (year < FIRST_YEAR) continue;
  let sector = sectors.get(r.bedrijfstak_key);
  if (!sector) {
    const sbi = /^([A-U](?:-[A-U])?|[\d, -]+?)\s+(?=\D)/.exec(r.bedrijfstak)?.[1];
    if (!sbi) throw new Error(`No SBI code in ${r.bedrijfstak}`);
    sector = {
      key: r.bedrijfstak_key,
      title: r.bedrijfstak,
      group: r.category_group,
      sbi,
      sbiSections: sectionsOf(sbi),
      years: new Map(),
    };
    sectors.set(r.bedrijfstak_key, sector);
  }
  let entry = sector.years.get(year);
  if (!entry) {
    entry = { year, value: keys.map(() => null), lower: keys.map(() => null), upper: keys.map(() => null) };
    sector.years.set(year, entry);
  }
  const target = { MW00000: entry.value, MOG0095: entry.lower, MBG0095: entry.upper }[r.marge_key];
  if (!target) throw new Error(`Unknown margin ${r.marge_key}`);
  keys.forEach((k, i) => {
    if (r[k] === '') return;
    const v = Number(r[k]);
    if (!Number.isFinite(v)) throw new Error(`Bad value ${r[k]} in ${k}`);
    target[i] = v;
  });
}
// A division ("86 Gezondheidszorg") carries its section's title as category group ("Q Gezondheids- en welzijnszorg").
for (const s of sectors.values()) {
  if (s.sbiSections) continue;
  const section = /^([A-U]) /.exec(s.group)?.[1];
  if (!section) throw new Error(`Unplaced sector ${s.title} (${s.group})`);
  s.sbiSections = [section];
}

const table = {
  table: '83157NED',
  title: 'Psychosociale arbeidsbelasting (PSA) werknemers; bedrijfstak',
  attribution: 'Bron: CBS StatLine, tabel 83157NED',
  licence: 'CC BY 4.0',
  url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/83157NED/table',
  modified: '2025-04-15',
  definition:
    'Percentage of employees (NEA, TNO/CBS, self-report) in the answer categories named per column. Per year `value`, `lower` and `upper` (95% interval) are arrays in the order of `columns`; null where CBS published nothing.',
  columns,
  sectors: [],
};
// One sector-year per line: [column key → value] objects in column order.
const head = JSON.stringify({ ...table, columns: [], sectors: [] }, null, 2).split('\n');
const columnLines = columns.map((c) => `    ${JSON.stringify(c)}`).join(',\n');
const sectorBlocks = [...sectors.values()].map((s) => {
  const ys = [...s.years.values()].sort((a, b) => a.year - b.year).map((y) => `        ${JSON.stringify(y)}`);
  const { years: _, ...meta } = s;
  return `    ${JSON.stringify(meta).slice(0, -1)},\n      "years": [\n${ys.join(',\n')}\n      ]\n    }`;
});
const text = `${head.slice(0, -3).join('\n')}\n  "columns": [\n${columnLines}\n  ],\n  "sectors": [\n${sectorBlocks.join(',\n')}\n  ]\n}\n`;
JSON.parse(text);
writeFileSync(out, text);
const count = [...sectors.values()].reduce((n, s) => n + s.years.size, 0);
console.log(
  `wrote ${fileURLToPath(out)}: ${columns.length} columns, ${sectors.size} sectors, ${count} sector-years`,
);
