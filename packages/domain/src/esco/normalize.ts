/** Letters that Unicode decomposition (NFKD) leaves whole. */
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/** ASCII: the lower-case letter or digit, or '' for a separator. */
const ASCII: string[] = Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c).toLowerCase();
  return /[a-z0-9]/.test(ch) ? ch : '';
});
/** Other characters, folded once and remembered: é → e, ĳ → ij, ß → ss, '' for punctuation. */
const other = new Map<number, string>();
function fold(ch: string): string {
  const folded = ch
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđı]/g, (c) => FOLD[c] ?? c);
  return /^[\p{L}\p{N}]+$/u.test(folded) ? folded : '';
}

const PLAIN = /^[\x20-\x7e]*$/;
const NON_WORD = /[^a-z0-9]+/g;

/**
 * Search form of a label or query: lower case, diacritics removed (é → e, ĳ → ij), every run of
 * characters other than letters and digits one space ("O&G-verpleegkundige" → "o g verpleegkundige").
 * One pass over the characters: the labels of all of ESCO are normalized at start.
 */
export function normalizeText(text: string): string {
  // most labels are plain ASCII: one regex pass
  if (PLAIN.test(text)) return text.toLowerCase().replace(NON_WORD, ' ').trim();
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let piece: string;
    if (c < 128) piece = ASCII[c] as string;
    else {
      // a surrogate pair is one character
      const ch =
        c >= 0xd800 && c < 0xdc00 && i + 1 < text.length ? text.slice(i, ++i + 1) : (text[i] as string);
      const code = ch.codePointAt(0) as number;
      let f = other.get(code);
      if (f === undefined) {
        f = fold(ch);
        other.set(code, f);
      }
      piece = f;
    }
    if (piece === '') pendingSpace = out !== '';
    else {
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      out += piece;
    }
  }
  return out;
}

/** The words of a normalized text. */
export function words(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}
