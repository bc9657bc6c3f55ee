import { normalizeText, words } from './normalize';
import type { Lang } from './types';

/** How a label names its concept: preferred label, alternative label (synonym) or ESCO hidden label. */
export type LabelKind = 'preferred' | 'alt' | 'hidden';

const KIND = { preferred: 0, alt: 1, hidden: 2 } as const;
const LANG = { nl: 0, en: 1 } as const;
const SEP = '\u0001';
/** Query words beyond this many are ignored (a label title is rarely longer). */
const MAX_QUERY_WORDS = 8;

/**
 * An inverted index over the labels of one kind of concept (occupations or skills): every distinct
 * word of every normalized label, and for each word the labels that contain it. The distinct words
 * are also joined into one string, so a query word is found inside words (Dutch compounds:
 * "verpleegkundige" in "wijkverpleegkundige") with one `indexOf` scan instead of a loop over words.
 *
 * Holds scratch arrays for queries: one index must not be queried from two threads at once (a Node
 * process runs one query at a time, so this is safe there).
 */
export type LabelIndex = {
  conceptCount: number;
  label: string[];
  text: string[];
  concept: Int32Array;
  kind: Uint8Array;
  lang: Uint8Array;
  length: Uint16Array;
  /** `SEP word SEP word …`; `wordStart[w]` is the offset of word w's first character. */
  dictionary: string;
  wordStart: Int32Array;
  wordLength: Uint16Array;
  /** Word id of each label's first word (-1 for an empty label). */
  firstWord: Int32Array;
  /** How many of word w's postings (they come first) are labels that start with w. */
  firstCount: Int32Array;
  /** Labels containing word w: `postings[postingStart[w] … postingStart[w + 1])`. */
  postingStart: Int32Array;
  postings: Int32Array;
  scratch: {
    query: number;
    stamp: Int32Array;
    level: Uint8Array;
    seen: Int32Array;
    best: Float64Array;
    hits: Uint8Array;
    bestLabel: Int32Array;
    /** Words the (one-word) query is a prefix of, stamped with the query number. */
    wordMark: Int32Array;
  };
};

/** Labels to index, as parallel arrays (one entry per label; fewer objects to build and collect). */
export type LabelSources = { concept: number[]; label: string[]; kind: number[]; lang: number[] };

export function labelSources(): LabelSources {
  return { concept: [], label: [], kind: [], lang: [] };
}

/** Add a concept's labels of one language. */
export function addLabels(
  out: LabelSources,
  concept: number,
  lang: Lang,
  preferred: string | null,
  alt: readonly string[],
  hidden: readonly string[] = [],
): void {
  const add = (label: string, kind: number) => {
    out.concept.push(concept);
    out.label.push(label);
    out.kind.push(kind);
    out.lang.push(LANG[lang]);
  };
  if (preferred) add(preferred, KIND.preferred);
  for (const l of alt) add(l, KIND.alt);
  for (const l of hidden) add(l, KIND.hidden);
}

/** Build the index (pure). */
export function buildLabelIndex(conceptCount: number, src: LabelSources): LabelIndex {
  const n = src.label.length;
  const text: string[] = new Array(n);
  const wordIds = new Map<string, number>();
  const wordList: string[] = [];
  // (label, word) pairs, each word once per label
  const pairLabel: number[] = [];
  const pairWord: number[] = [];
  const firstWord = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const t = normalizeText(src.label[i] as string);
    text[i] = t;
    const first = pairWord.length;
    let from = 0;
    while (from < t.length) {
      let to = t.indexOf(' ', from);
      if (to < 0) to = t.length;
      const w = t.slice(from, to);
      from = to + 1;
      let id = wordIds.get(w);
      if (id === undefined) {
        id = wordList.length;
        wordIds.set(w, id);
        wordList.push(w);
      }
      if (pairWord.length === first) firstWord[i] = id;
      let dup = false;
      for (let k = first; k < pairWord.length; k++) if (pairWord[k] === id) dup = true;
      if (!dup) {
        pairLabel.push(i);
        pairWord.push(id);
      }
    }
  }
  const wordCount = wordList.length;
  const postingStart = new Int32Array(wordCount + 1);
  for (const w of pairWord) postingStart[w + 1] = (postingStart[w + 1] as number) + 1;
  for (let w = 0; w < wordCount; w++)
    postingStart[w + 1] = (postingStart[w + 1] as number) + (postingStart[w] as number);
  const fill = postingStart.slice(0, wordCount);
  const postings = new Int32Array(pairWord.length);
  // each word's labels that start with it first, then the others (short queries read only the first)
  const firstCount = new Int32Array(wordCount);
  for (const starts of [true, false])
    for (let k = 0; k < pairWord.length; k++) {
      const w = pairWord[k] as number;
      const label = pairLabel[k] as number;
      if ((firstWord[label] === w) !== starts) continue;
      postings[fill[w] as number] = label;
      fill[w] = (fill[w] as number) + 1;
      if (starts) firstCount[w] = (firstCount[w] as number) + 1;
    }
  const wordStart = new Int32Array(wordCount);
  const wordLength = new Uint16Array(wordCount);
  let offset = 0;
  for (let w = 0; w < wordCount; w++) {
    offset += 1;
    wordStart[w] = offset;
    wordLength[w] = (wordList[w] as string).length;
    offset += (wordList[w] as string).length;
  }
  return {
    conceptCount,
    label: src.label,
    text,
    concept: Int32Array.from(src.concept),
    kind: Uint8Array.from(src.kind),
    lang: Uint8Array.from(src.lang),
    length: Uint16Array.from(text, (t) => Math.min(t.length, 65535)),
    dictionary: SEP + wordList.join(SEP),
    wordStart,
    wordLength,
    firstWord,
    firstCount,
    postingStart,
    postings,
    scratch: {
      query: 0,
      stamp: new Int32Array(n),
      level: new Uint8Array(n),
      seen: new Int32Array(conceptCount),
      best: new Float64Array(conceptCount),
      hits: new Uint8Array(conceptCount),
      bestLabel: new Int32Array(conceptCount),
      wordMark: new Int32Array(wordCount),
    },
  };
}

/** How a query word matched a label word. */
const EXACT = 3;
const PREFIX = 2;
const INFIX = 1;
/** A one-word query shorter than this matches only labels that start with it. */
const SHORT_QUERY = 3;
/** Query words shorter than this match only at the start of a word (no infix noise from "ma"). */
const MIN_INFIX = 4;

/**
 * Ranking (docs/esco-search.md). A label's tier is its weakest query word: every word equal to a
 * label word, every word a prefix of one, or one found inside a compound. Preferred labels rank above
 * synonyms, synonyms above hidden labels; the whole label equal to the query ranks first. Inside a
 * tier, a label that starts with the query and a short label (the query covers more of it) rank
 * higher; a label in the other language than asked loses 0.1. A concept scores its best label plus
 * 0.01 for each further matching label (at most 4): a concept many of whose synonyms match is more
 * likely the one meant ("nurse": the nursing occupations, not "nursery cook").
 */
// biome-ignore format: one row per level
const TIER = Float64Array.from([
  // [preferred, alt, hidden] per level: 0 (unused), infix, prefix, whole word, exact label
  0, 0, 0,
  0.35, 0.3, 0.25,
  0.6, 0.5, 0.45,
  0.8, 0.7, 0.65,
  1, 0.95, 0.9,
]);
const STARTS_BONUS = 0.05;
const COVERAGE_BONUS = 0.08;
const OTHER_LANG = 0.1;
const EXTRA_LABEL = 0.01;
const MAX_EXTRA_LABELS = 4;

export type LabelHit = {
  concept: number;
  score: number;
  /** The best-matching label, as ESCO writes it. */
  matchedLabel: string;
  matchedLang: Lang;
};

/**
 * Words of the dictionary that contain `q`, into `out[level]` (exact, prefix, infix). One `indexOf`
 * scan; a query word shorter than MIN_INFIX is searched with the separator in front (word starts only).
 */
function matchingWords(index: LabelIndex, q: string, out: number[][]): void {
  for (const l of out) l.length = 0;
  const { dictionary, wordStart, wordLength } = index;
  const short = q.length < MIN_INFIX;
  const needle = short ? SEP + q : q;
  const shift = short ? 1 : 0;
  let from = 0;
  for (;;) {
    const at = dictionary.indexOf(needle, from);
    if (at < 0) break;
    const pos = at + shift;
    // the word whose start is the last one ≤ pos
    let lo = 0;
    let hi = wordStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((wordStart[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    const start = wordStart[lo] as number;
    const level = pos === start ? (wordLength[lo] === q.length ? EXACT : PREFIX) : INFIX;
    (out[level] as number[]).push(lo);
    from = start + (wordLength[lo] as number); // on to the next word
  }
}

/** Min-heap of the best `top` concepts by score (ties: lower index first). */
function topConcepts(
  concepts: readonly number[],
  scoreOf: (c: number) => number,
  top: number,
): [number, number][] {
  const better = (a: [number, number], b: [number, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  const heap: [number, number][] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && better(heap[m] as [number, number], heap[l] as [number, number])) m = l;
      if (r < heap.length && better(heap[m] as [number, number], heap[r] as [number, number])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] as [number, number], heap[i] as [number, number]];
      i = m;
    }
  };
  for (const c of concepts) {
    const item: [number, number] = [c, scoreOf(c)];
    if (heap.length < top) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!better(heap[p] as [number, number], heap[i] as [number, number])) break;
        [heap[i], heap[p]] = [heap[p] as [number, number], heap[i] as [number, number]];
        i = p;
      }
    } else if (better(item, heap[0] as [number, number])) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : 1));
}

/**
 * An exact synonym normally ranks just below an exact title. When the query is a generic word that
 * at least this many concepts carry as a whole word in their title ("teacher"), a synonym that is
 * exactly that word (ESCO lists "teacher" only for the politics lecturer) ranks as a title
 * containing the word, not above all of them.
 */
const GENERIC_WORD_TITLES = 3;
const GENERIC_EXACT_ALT = 0.78;

/**
 * The `top` concepts whose labels match every word of `query`, best first (pure apart from the
 * index's scratch arrays). An empty or punctuation-only query matches nothing.
 */
export function searchLabels(index: LabelIndex, query: string, lang: Lang, top: number): LabelHit[] {
  const q = normalizeText(query);
  const qWords = [...new Set(words(q))].slice(0, MAX_QUERY_WORDS);
  if (qWords.length === 0 || top <= 0) return [];
  const s = index.scratch;
  s.query += 1;
  if (s.query * MAX_QUERY_WORDS > 0x7fffff00) {
    s.query = 1;
    s.stamp.fill(0);
    s.seen.fill(0);
    s.wordMark.fill(0);
  }
  const base = s.query * MAX_QUERY_WORDS;
  const last = qWords.length - 1;
  // One or two letters complete the start of a label: "ma" → "magazijnmedewerker", not every
  // label with a word that starts with "ma" (tens of thousands of skill labels).
  const startOnly = last === 0 && q.length < SHORT_QUERY;
  const candidates: number[] = [];
  const byLevel: number[][] = [[], [], [], []];
  for (let i = 0; i <= last; i++) {
    const need = base + i - 1;
    const mark = base + i;
    matchingWords(index, qWords[i] as string, byLevel);
    if (last === 0)
      for (const w of [...(byLevel[EXACT] as number[]), ...(byLevel[PREFIX] as number[])])
        s.wordMark[w] = s.query;
    // strongest first, so an entry keeps the best level its label offers for this query word
    for (let level = EXACT; level >= INFIX; level--)
      for (const w of byLevel[level] as number[]) {
        const end = startOnly
          ? (index.postingStart[w] as number) + (index.firstCount[w] as number)
          : (index.postingStart[w + 1] as number);
        for (let p = index.postingStart[w] as number; p < end; p++) {
          const e = index.postings[p] as number;
          const stamp = s.stamp[e] as number;
          if (i === 0 ? stamp === mark : stamp !== need) continue;
          s.stamp[e] = mark;
          if (i === 0 || level < (s.level[e] as number)) s.level[e] = level;
          if (i === last) candidates.push(e);
        }
      }
  }
  let genericTitles = 0;
  for (const e of candidates)
    if (s.level[e] === EXACT && index.kind[e] === 0 && index.length[e] !== q.length) genericTitles++;
  const isGeneric = genericTitles >= GENERIC_WORD_TITLES;
  const wanted = lang === 'nl' ? 0 : 1;
  const concepts: number[] = [];
  for (const e of candidates) {
    const kind = index.kind[e] as number;
    let score: number;
    // Typed arrays only, for a one-word query: reading 30,000 label strings scattered over the heap
    // ("m", "ma") cost more than everything else together.
    if (index.length[e] === q.length && index.text[e] === q)
      score = isGeneric && kind > 0 ? GENERIC_EXACT_ALT : (TIER[4 * 3 + kind] as number);
    else {
      score = TIER[(s.level[e] as number) * 3 + kind] as number;
      const starts =
        last === 0 ? s.wordMark[index.firstWord[e] as number] === s.query : index.text[e]?.startsWith(q);
      if (starts) score += STARTS_BONUS;
      score += (COVERAGE_BONUS * q.length) / (index.length[e] as number);
    }
    if (index.lang[e] !== wanted) score -= OTHER_LANG;
    const c = index.concept[e] as number;
    if (s.seen[c] !== s.query) {
      s.seen[c] = s.query;
      s.best[c] = score;
      s.hits[c] = 1;
      s.bestLabel[c] = e;
      concepts.push(c);
    } else {
      if ((s.hits[c] as number) < 255) s.hits[c] = (s.hits[c] as number) + 1;
      if (score > (s.best[c] as number)) {
        s.best[c] = score;
        s.bestLabel[c] = e;
      }
    }
  }
  const scoreOf = (c: number) =>
    Math.min(1, (s.best[c] as number) + EXTRA_LABEL * Math.min(MAX_EXTRA_LABELS, (s.hits[c] as number) - 1));
  return topConcepts(concepts, scoreOf, top).map(([c, score]) => {
    const e = s.bestLabel[c] as number;
    return {
      concept: c,
      score: Math.round(score * 1000) / 1000,
      matchedLabel: index.label[e] as string,
      matchedLang: index.lang[e] === 0 ? 'nl' : 'en',
    };
  });
}
