import yauzl from 'yauzl';

/*
 * A zip container (XLSX) is inspected before any parser inflates it: a few megabytes can unpack
 * to gigabytes ("zip bomb", OWASP File Upload Cheat Sheet; CWE-409). ExcelJS (JSZip) inflates
 * every entry into memory at once, so the limits are checked first, streaming, with nothing kept:
 *  1. the central directory: the number of entries and the sizes they declare;
 *  2. every entry inflated with a byte cap: yauzl stops at the declared size (a lying header),
 *     and the running total stops at `maxUnpackedBytes`;
 *  3. rows of the worksheets counted while they stream, stopping past `maxRows`.
 * Each check aborts at the first byte over its limit, so a 4 GB bomb costs what the limit costs.
 */

export type ZipLimits = {
  /** Entries in the archive (a workbook has 10–30). */
  maxEntries: number;
  /** Total unpacked bytes of all entries. */
  maxUnpackedBytes: number;
  /** `<row>` elements over all worksheets, header included. */
  maxRows: number;
};

export type ZipLimitCode = 'unreadable' | 'unpacked_too_large' | 'too_many_rows';

export class ZipLimitError extends Error {
  override readonly name = 'ZipLimitError';
  constructor(
    readonly code: ZipLimitCode,
    message: string,
  ) {
    super(message);
  }
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
/** `<row ` / `<row>` / `<x:row ` — a namespace prefix is allowed in SpreadsheetML. */
const ROW_TAG = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
/** Longer than any ROW_TAG match: what is carried from one chunk to the next. */
const CARRY = 64;

/** Check `data` against `limits`; throws ZipLimitError, resolves when the archive is within them. */
export async function checkZipLimits(data: Uint8Array, limits: ZipLimits): Promise<void> {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true },
      (err, zipfile) => (err || !zipfile ? reject(unreadable(err)) : resolve(zipfile)),
    ),
  );
  try {
    if (zip.entryCount > limits.maxEntries)
      throw new ZipLimitError('unpacked_too_large', `${zip.entryCount} entries`);
    const state = { declared: 0, unpacked: 0, rows: 0 };
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      // the central directory's word first: a bomb that declares its size is refused unread
      state.declared += entry.uncompressedSize;
      if (state.declared > limits.maxUnpackedBytes)
        throw new ZipLimitError('unpacked_too_large', `declares ${state.declared} bytes`);
      if (entry.fileName.endsWith('/')) continue;
      await drain(zip, entry, limits, state);
    }
  } finally {
    zip.close();
  }
}

function unreadable(err: unknown) {
  return err instanceof ZipLimitError ? err : new ZipLimitError('unreadable', String(err ?? 'no archive'));
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: yauzl.Entry) => {
      cleanup();
      resolve(e);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (e: unknown) => {
      cleanup();
      reject(unreadable(e));
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** Inflate one entry, keeping nothing but counts; rejects as soon as a limit is passed. */
function drain(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  limits: ZipLimits,
  state: { unpacked: number; rows: number },
): Promise<void> {
  const isSheet = WORKSHEET.test(entry.fileName);
  let carry = '';
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(unreadable(err));
      let failed: ZipLimitError | null = null;
      const fail = (e: ZipLimitError) => {
        failed = e;
        stream.destroy();
        reject(e);
      };
      stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        state.unpacked += chunk.length;
        if (state.unpacked > limits.maxUnpackedBytes)
          return fail(new ZipLimitError('unpacked_too_large', `over ${limits.maxUnpackedBytes} bytes`));
        if (!isSheet) return;
        // tag names are ASCII, so latin1 keeps them intact whatever the multi-byte text around them
        const text = carry + chunk.toString('latin1');
        let end = 0;
        for (const m of text.matchAll(ROW_TAG)) {
          state.rows++;
          end = (m.index ?? 0) + m[0].length;
        }
        if (state.rows > limits.maxRows)
          return fail(new ZipLimitError('too_many_rows', `over ${limits.maxRows} rows`));
        carry = text.slice(Math.max(end, text.length - CARRY));
      });
      stream.on('error', (e) => {
        if (!failed) reject(unreadable(e));
      });
      stream.on('end', () => {
        if (!failed) resolve();
      });
    });
  });
}
