#!/usr/bin/env node
// Derives data/cbs/absence-80072NED.json from the CBS StatLine extract in ../shared/data/cbs-statline/
// (table 80072NED, see that folder's SOURCE.md). Run once from anywhere:
//   node data/cbs/derive-80072.mjs [path/to/cbs-statline]
// The product reads only the JSON written here; it never needs ../shared.
// Bron: CBS StatLine, tabel 80072NED (CC BY 4.0).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = new URL('./', import.meta.url);
const sourceDir = process.argv[2]
  ? pathToFileURL(`${resolve(process.argv[2])}/`)
  : new URL('../../../shared/data/cbs-statline/', here);
const out = new URL('absence-80072NED.json', here);

/** RFC 4180 CSV (quoted fields may hold commas) → array of objects keyed by the header. */
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
      throw new Error(`CSV row has ${r.length} fields, expected ${header.length}: ${r}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}

const SECTIONS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');

/** "B-F" → B…F; "C" → C; anything else (SBI divisions like "10-12") → null. */
function sectionsOf(code) {
  const m = /^([A-U])(?:-([A-U]))?$/.exec(code);
  if (!m) return null;
  return SECTIONS.slice(SECTIONS.indexOf(m[1]), SECTIONS.indexOf(m[2] ?? m[1]) + 1);
}

/** "1 tot 10 werkzame personen" → [1, 9]; "100 of meer werkzame personen" → [100, null]. */
function sizeRange(title) {
  const range = /^(\d+) tot (\d+) werkzame personen$/.exec(title);
  if (range) return [Number(range[1]), Number(range[2]) - 1];
  const open = /^(\d+) of meer werkzame personen$/.exec(title);
  if (open) return [Number(open[1]), null];
  throw new Error(`Unknown size class: ${title}`);
}

const categoriesCsv = parseCsv(readFileSync(new URL('80072NED_bedrijfskenmerken.csv', sourceDir), 'utf8'));
const valuesCsv = parseCsv(readFileSync(new URL('80072NED_ziekteverzuimpercentage.csv', sourceDir), 'utf8'));

// Categories in CBS order. An SBI division ("Bedrijfsklasse") follows its section in that order,
// so its section is the last single-letter category before it (checked below for every division).
const categories = [];
let lastSection = null;
for (const c of categoriesCsv) {
  const base = { key: c.key, title: c.title, group: c.category_group };
  if (c.category_group === 'Bedrijfsgrootte') {
    const [minPersons, maxPersons] = sizeRange(c.title);
    categories.push({ ...base, sbi: null, sbiSections: [], minPersons, maxPersons, years: [] });
    continue;
  }
  // The SBI code is the title up to the first space before a word: "24-30, 33 Metaal-elektro industrie".
  const sbi = /^([A-U](?:-[A-U])?|[\d, -]+?)\s+(?=\D)/.exec(c.title)?.[1];
  if (!sbi) throw new Error(`No SBI code in ${c.title}`);
  let sbiSections = sectionsOf(sbi);
  if (sbiSections?.length === 1) lastSection = sbiSections[0];
  if (!sbiSections) {
    if (c.category_group !== 'Bedrijfsklasse' || !lastSection)
      throw new Error(`Unplaced category ${c.title}`);
    sbiSections = [lastSection];
  }
  categories.push({ ...base, sbi, sbiSections, minPersons: null, maxPersons: null, years: [] });
}

const byKey = new Map(categories.map((c) => [c.key, c]));
const years = new Map(); // `${key}|${year}` → entry
for (const r of valuesCsv) {
  const cat = byKey.get(r.bedrijfskenmerk_key);
  if (!cat) throw new Error(`Unknown category ${r.bedrijfskenmerk_key}`);
  const m = /^(\d{4})(JJ00|KW0([1-4]))$/.exec(r.periode_key);
  if (!m) throw new Error(`Unknown period ${r.periode_key}`);
  const year = Number(m[1]);
  const id = `${cat.key}|${year}`;
  let entry = years.get(id);
  if (!entry) {
    entry = { year, value: null, quarters: [null, null, null, null], provisional: false };
    years.set(id, entry);
    cat.years.push(entry);
  }
  const value = r.ziekteverzuimpercentage === '' ? null : Number(r.ziekteverzuimpercentage);
  if (value !== null && !Number.isFinite(value)) throw new Error(`Bad value in ${JSON.stringify(r)}`);
  if (m[3]) entry.quarters[Number(m[3]) - 1] = value;
  else entry.value = value;
  if (value !== null && r.status === 'Voorlopig') entry.provisional = true;
  else if (r.status !== 'Definitief' && r.status !== 'Voorlopig')
    throw new Error(`Unknown status ${r.status}`);
}
for (const c of categories) {
  c.years = c.years
    .filter((y) => y.value !== null || y.quarters.some((q) => q !== null))
    .sort((a, b) => a.year - b.year);
}

const table = {
  table: '80072NED',
  title: 'Ziekteverzuimpercentage; bedrijfstakken (SBI 2008) en bedrijfsgrootte',
  attribution: 'Bron: CBS StatLine, tabel 80072NED',
  licence: 'CC BY 4.0',
  url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/80072ned/table',
  modified: '2025-11-18',
  definition:
    'Ziekteverzuimpercentage: sick days as a percentage of available days (company survey). Includes absence longer than one year; excludes pregnancy and maternity leave.',
  categories,
};

// One category per block and one year per line: small diffs when CBS adds a quarter.
const lines = JSON.stringify({ ...table, categories: [] }, null, 2).split('\n');
const body = categories.map((c) => {
  const { years: ys, ...head } = c;
  const yearLines = ys.map((y) => `        ${JSON.stringify(y)}`).join(',\n');
  return `    ${JSON.stringify(head).slice(0, -1)},\n      "years": [\n${yearLines}\n      ]\n    }`;
});
const text = `${lines.slice(0, -2).join('\n')}\n  "categories": [\n${body.join(',\n')}\n  ]\n}\n`;
JSON.parse(text); // sanity: valid JSON
writeFileSync(out, text);
const count = categories.reduce((n, c) => n + c.years.length, 0);
console.log(`wrote ${fileURLToPath(out)}: ${categories.length} categories, ${count} category-years`);
