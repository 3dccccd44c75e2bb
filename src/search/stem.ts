/**
 * The Snowball English stemmer ("Porter2", Snowball 3.0), as Pagefind's index
 * applies it to every word: a query word must be stemmed the same way to find
 * the index's keys. Expects a lower-case word of letters and digits.
 * Follows `pagefind_stem/src/snowball/algorithms/english.rs` rule for rule.
 */

const VOWELS = 'aeiouy';
const isV = (c: string | undefined) => c !== undefined && VOWELS.includes(c);
// Letters that end a "short syllable" only if they are not one of these.
const isWXY = (c: string | undefined) => c !== undefined && 'Yaeiouwxy'.includes(c);
const VALID_LI = 'cdeghkmnrt';

const EXCEPTIONS = new Map(
  Object.entries({
    skis: 'ski',
    skies: 'sky',
    idly: 'idl',
    gently: 'gentl',
    ugly: 'ugli',
    early: 'earli',
    only: 'onli',
    singly: 'singl',
    andes: 'andes',
    atlas: 'atlas',
    bias: 'bias',
    cosmos: 'cosmos',
    howe: 'howe',
    news: 'news',
    sky: 'sky',
  }),
);
const REGION_PREFIXES = ['arsen', 'commun', 'emerg', 'gener', 'inter', 'later', 'organ', 'past', 'univers'];
const STEP2: [string, string | null, string?][] = [
  // [suffix, replacement (null: delete), required preceding text]
  ['ization', 'ize'],
  ['ational', 'ate'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['iveness', 'ive'],
  ['tional', 'tion'],
  ['biliti', 'ble'],
  ['lessli', 'less'],
  ['entli', 'ent'],
  ['ation', 'ate'],
  ['alism', 'al'],
  ['aliti', 'al'],
  ['ousli', 'ous'],
  ['iviti', 'ive'],
  ['fulli', 'ful'],
  ['ogist', 'og'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['abli', 'able'],
  ['izer', 'ize'],
  ['ator', 'ate'],
  ['alli', 'al'],
  ['bli', 'ble'],
  ['ogi', 'og', 'l'],
  ['li', null, VALID_LI],
];
const STEP3: [string, string | null, boolean?][] = [
  // [suffix, replacement (null: delete), only in R2]
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['alize', 'al'],
  ['icate', 'ic'],
  ['iciti', 'ic'],
  ['ative', null, true],
  ['ical', 'ic'],
  ['ness', null],
  ['ful', null],
];
const STEP4: [string][] = [
  ['ement'],
  ['ment'],
  ['ance'],
  ['ence'],
  ['able'],
  ['ible'],
  ['ant'],
  ['ent'],
  ['ism'],
  ['ate'],
  ['iti'],
  ['ous'],
  ['ive'],
  ['ize'],
  ['ion'],
  ['al'],
  ['er'],
  ['ic'],
];

/** The longest of `suffixes` that `word` ends with. */
function longest<T extends [string, ...unknown[]]>(word: string, suffixes: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const entry of suffixes) if (word.endsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best;
}

/** Stems one lower-case word, e.g. `payments` → `payment`, `recurring` → `recur`. */
export function stem(input: string): string {
  const exception = EXCEPTIONS.get(input);
  if (exception) return exception;
  if (input.length < 3) return input;

  let w = input.startsWith("'") ? input.slice(1) : input;
  // Prelude: a y that acts as a consonant becomes Y.
  let yFound = false;
  if (w.startsWith('y')) {
    w = `Y${w.slice(1)}`;
    yFound = true;
  }
  for (let i = 1; i < w.length; i++) {
    if (w[i] === 'y' && isV(w[i - 1])) {
      w = `${w.slice(0, i)}Y${w.slice(i + 1)}`;
      yFound = true;
    }
  }

  // Regions: R1 after the first non-vowel following a vowel (or after a listed prefix), R2 likewise after R1.
  const after = (from: number) => {
    let i = from;
    while (i < w.length && !isV(w[i])) i++;
    while (i < w.length && isV(w[i])) i++;
    return i < w.length ? i + 1 : w.length;
  };
  const prefix = REGION_PREFIXES.find((p) => w.startsWith(p));
  const p1 = prefix ? prefix.length : after(0);
  const p2 = p1 < w.length ? after(p1) : w.length;
  const inR1 = (start: number) => start >= p1;
  const inR2 = (start: number) => start >= p2;
  /** A short syllable ends at `end`: non-vowel, vowel, non-vowel (not w, x, Y), or vowel–non-vowel at the start, or `past`. */
  const shortSyllable = (end: number) =>
    (end >= 3 && !isWXY(w[end - 1]) && isV(w[end - 2]) && !isV(w[end - 3])) ||
    (end === 2 && isV(w[0]) && !isV(w[1])) ||
    w.slice(0, end).endsWith('past');

  // Step 1a.
  const apostrophe = longest(w, [["'s'"], ["'s"], ["'"]] as [string][]);
  if (apostrophe) w = w.slice(0, -apostrophe[0].length);
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ied') || w.endsWith('ies')) w = w.length - 3 >= 2 ? w.slice(0, -2) : w.slice(0, -1);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) {
    // Delete the s if a vowel comes before the letter just before it.
    if (w.length >= 2 && [...w.slice(0, -2)].some(isV)) w = w.slice(0, -1);
  }

  // Step 1b.
  const suffix1b = longest(w, [['eedly'], ['ingly'], ['edly'], ['eed'], ['ing'], ['ed']] as [string][])?.[0];
  if (suffix1b && /[dgy]$/.test(w) && w.length >= 2) {
    const start = w.length - suffix1b.length;
    const stemPart = w.slice(0, start);
    if (suffix1b === 'eed' || suffix1b === 'eedly') {
      if (inR1(start) && !['succ', 'proc', 'exc'].includes(stemPart)) w = `${stemPart}ee`;
    } else {
      let special = false;
      if (suffix1b === 'ing') {
        if (/^[^aeiouy]y$/.test(stemPart)) {
          w = `${stemPart.slice(0, -1)}ie`;
          special = true;
        } else if (['even', 'cann', 'inn', 'earr', 'herr', 'out'].includes(stemPart)) {
          special = true;
        }
      }
      if (!special && [...stemPart].some(isV)) {
        w = stemPart;
        if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
        else if (/(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(w)) {
          if (!(w.length === 3 && 'aeo'.includes(w[0]!))) w = w.slice(0, -1);
        } else if (w.length === p1 && shortSyllable(w.length)) w += 'e';
      }
    }
  }

  // Step 1c.
  if (w.length > 2 && /[yY]$/.test(w) && !isV(w[w.length - 2])) w = `${w.slice(0, -1)}i`;

  // Step 2.
  const s2 = longest(w, STEP2);
  if (s2 && inR1(w.length - s2[0].length)) {
    const [suffix, replacement, preceding] = s2;
    const start = w.length - suffix.length;
    if (!preceding || (start > 0 && preceding.includes(w[start - 1]!))) w = w.slice(0, start) + (replacement ?? '');
  }

  // Step 3.
  const s3 = w.length >= 3 ? longest(w, STEP3) : undefined;
  if (s3) {
    const [suffix, replacement, needsR2] = s3;
    const start = w.length - suffix.length;
    if (inR1(start) && (!needsR2 || inR2(start))) w = w.slice(0, start) + (replacement ?? '');
  }

  // Step 4.
  const s4 = w.length >= 2 ? longest(w, STEP4)?.[0] : undefined;
  if (s4) {
    const start = w.length - s4.length;
    if (inR2(start) && (s4 !== 'ion' || (start > 0 && 'st'.includes(w[start - 1]!)))) w = w.slice(0, start);
  }

  // Step 5.
  if (w.endsWith('e')) {
    const start = w.length - 1;
    if (inR2(start) || (inR1(start) && !shortSyllable(start))) w = w.slice(0, -1);
  } else if (w.endsWith('ll') && inR2(w.length - 1)) {
    w = w.slice(0, -1);
  }

  return yFound ? w.replace(/Y/g, 'y') : w;
}

/**
 * Languages whose words Pagefind 1.6 stems with a Snowball stemmer (its `pagefind_stem` crate) that is not
 * ported here (English and Hindi are): searching them with other rules would miss words, so `stemmerFor` refuses them.
 */
const STEMMED_ELSEWHERE = new Set(
  'ar hy eu ca da nl fi fr de el hu id ga it lt ne no nb nn pt ro ru sr es sv ta tr yi'.split(' '),
);

// Snowball's Hindi stemmer (hindi.sbl, the Ramanathan–Rao light stemmer): the longest of these suffixes is
// removed, keeping at least the first letter. The second list's suffixes count only after a consonant;
// otherwise the longest shorter suffix that matches is removed instead.
const HINDI_SUFFIXES = (
  'आँ ाँ इयाँ आइयाँ ाइयाँ ियाँ आं उआं ुआं ईं आईं ाईं एं आएं उएं ाएं अताएं अनाएं ुएं ओं आओं उओं ाओं अताओं अनाओं ुओं ां इयां ' +
  'आइयां ाइयां ियां ीं अतीं आतीं ातीं ें ों इयों आइयों ाइयों ियों अ आ इ ई आई ाई उ ऊ ए आए इए आइए ाइए ाए िए ओ आओ ाओ अकर आकर ' +
  'ाकर ा ऊंगा आऊंगा ाऊंगा ूंगा एगा आएगा ाएगा ेगा अता आता ाता अना आना ाना आया ाया ि ी ऊंगी आऊंगी ाऊंगी एंगी आएंगी ाएंगी ूंगी ' +
  'ेंगी एगी आएगी ाएगी ओगी आओगी ाओगी ेगी ोगी अती आती ाती अनी ु ू े एंगे आएंगे ाएंगे ेंगे ओगे आओगे ाओगे ोगे अते आते ाते अने आने ' +
  'ाने ो ्'
)
  .split(' ')
  .map((suffix) => ({ suffix, afterConsonant: false }))
  .concat('ताएं नाएं ताओं नाओं तीं कर ता ना ती नी ते ने'.split(' ').map((suffix) => ({ suffix, afterConsonant: true })))
  .sort((a, b) => [...b.suffix].length - [...a.suffix].length);
/** Snowball's Hindi consonants: क–ह, the nukta, and the nukta letters क़–य़. */
const isHindiConsonant = (c: string | undefined) => {
  const code = c?.codePointAt(0) ?? 0;
  return (code >= 0x915 && code <= 0x939) || code === 0x93c || (code >= 0x958 && code <= 0x95f);
};

/** Snowball's Hindi stemmer, as Pagefind applies it to Hindi words once their combining marks are removed. */
export function stemHindi(word: string): string {
  const chars = [...word];
  if (chars.length < 2) return word;
  const rest = chars.slice(1).join('');
  for (const { suffix, afterConsonant } of HINDI_SUFFIXES) {
    if (!rest.endsWith(suffix)) continue;
    const kept = chars.slice(0, chars.length - [...suffix].length);
    if (afterConsonant && !isHindiConsonant(kept.at(-1))) continue;
    return kept.join('');
  }
  return word;
}
// Pagefind splits these into words with a dictionary segmenter, in the indexer and in its WebAssembly.
const SEGMENTED = new Set(['zh', 'ja', 'th']);

/**
 * The word rule Pagefind applies to an index language (its `lang` code, e.g. `en`, `hi`, `pt-br`) after
 * removing combining marks: English and Hindi words are stemmed with Snowball's stemmers; languages
 * Pagefind does not stem are left as they are. Throws for a language whose stemmer or segmenter is
 * not ported, naming what to do.
 */
export function stemmerFor(language: string): (word: string) => string {
  const base = language.toLowerCase().split('-')[0]!;
  if (base === 'en') return stem;
  if (base === 'hi') return stemHindi;
  if (STEMMED_ELSEWHERE.has(base) || SEGMENTED.has(base))
    throw new Error(
      `Search: the index has pages in "${language}", which Pagefind ${SEGMENTED.has(base) ? 'segments' : 'stems'} with rules this engine has not ported ` +
        `(src/search/stem.ts). Port them and add the language to the differential test (docs/search.md, "Languages").`,
    );
  return (word) => word;
}
