import { constants, crc32, deflateRawSync } from 'node:zlib';

/*
 * An XLSX-shaped zip bomb, built in memory in about two seconds: `xl/worksheets/sheet1.xml`
 * inflates to `unpackedBytes` (4 GB by default) from about a thousandth of that. The deflate
 * stream is one fully flushed block of a million spaces repeated — every repeat starts with an
 * empty window, so the same bytes may stand any number of times — and then a final block. The
 * central directory declares the true sizes and CRC (`declare: 'true'`), or 1 KB (`'small'`),
 * the lie that defeats a check of the declared sizes only.
 */

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';
const FILLER = 1_000_000;

type Entry = { name: string; data: Buffer; crc: number; size: number; method: 0 | 8 };

const stored = (name: string, text: string): Entry => {
  const data = Buffer.from(text, 'utf8');
  return { name, data, crc: crc32(data), size: data.length, method: 0 };
};

function bombSheet(unpackedBytes: number): Entry {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const head = Buffer.from(SHEET_HEAD);
  const tail = Buffer.from(SHEET_TAIL);
  const filler = Buffer.alloc(FILLER, 0x20);
  const repeats = Math.max(0, Math.floor((unpackedBytes - head.length - tail.length) / FILLER));
  const block = deflateRawSync(filler, flush);
  const parts = [deflateRawSync(head, flush)];
  let crc = crc32(head);
  for (let i = 0; i < repeats; i++) {
    parts.push(block);
    crc = crc32(filler, crc);
  }
  parts.push(deflateRawSync(tail, { level: 9 })); // the final block
  crc = crc32(tail, crc);
  return {
    name: 'xl/worksheets/sheet1.xml',
    data: Buffer.concat(parts),
    crc,
    size: head.length + repeats * FILLER + tail.length,
    method: 8,
  };
}

function zipOf(entries: Entry[], declare: 'true' | 'small'): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = declare === 'small' && e.method === 8 ? 1024 : e.size;
    const common = [
      u16(20),
      u16(0),
      u16(e.method),
      u16(0),
      u16(0x21),
      u32(e.crc),
      u32(e.data.length),
      u32(size),
    ];
    const local = Buffer.concat([u32(0x04034b50), ...common, u16(name.length), u16(0), name, e.data]);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        ...common,
        u16(name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(central.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, central, end]);
}

const deflated = (name: string, text: string): Entry => {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(raw, { level: 9 }), crc: crc32(raw), size: raw.length, method: 8 };
};

/** A workbook whose first sheet has `rows` small rows (a "row bomb": tiny packed, huge as objects). */
export function xlsxManyRows(rows: number): Buffer {
  const body = Array.from(
    { length: rows },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
  );
  return zipOf(
    [...skeleton(), deflated('xl/worksheets/sheet1.xml', SHEET_HEAD + body.join('') + SHEET_TAIL)],
    'true',
  );
}

/** A workbook whose first sheet inflates to `unpackedBytes` (at most 4,294,967,295: no ZIP64). */
export function xlsxZipBomb(opts: { unpackedBytes?: number; declare?: 'true' | 'small' } = {}): Buffer {
  const unpackedBytes = Math.min(opts.unpackedBytes ?? 4_000_000_000, 0xffffffff);
  return zipOf([...skeleton(), bombSheet(unpackedBytes)], opts.declare ?? 'true');
}

function skeleton(): Entry[] {
  return [
    stored(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    stored(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Medewerkers" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    stored(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  ];
}
