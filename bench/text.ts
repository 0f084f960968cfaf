// Synthetic Indonesian-looking prose for the benchmark guidelines. Words are built from
// Indonesian syllables (consonant-vowel, sometimes a closing consonant) and drawn with Zipf's
// law from a vocabulary that grows with the guideline (Heaps' law), with Indonesian function
// words, affixes and a few real domain words in between. Because most content words are rare,
// two generated duties or steps almost never read alike, so the policy analysis (duplicated
// duties, overlap with existing programmes) finds what it would find in a real draft: little.
//
// Three disjoint word shapes keep the generated guideline clean by construction:
// - ordinary words never contain f, q, v, x or z;
// - words of defined terms start with z or v (so prose only contains a term where it is placed,
//   always in its defined spelling);
// - words listed under a term's `avoid` start with f (so nothing ever uses them).
// Abbreviations are four consonants without a vowel, so no word of prose can match one.
import { indonesianStopWords } from '../src/analyze/text.js';
import { zipf, type Random } from './random.js';

const ONSETS = ['b', 'c', 'd', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'y', 'ng', 'ny', 'b', 'd', 'k', 'l', 'm', 'p', 'r', 's', 't'];
const VOWELS = ['a', 'a', 'i', 'u', 'e', 'o'];
const CODAS = ['', '', '', '', '', 'n', 'r', 'k', 'l', 's', 'ng', 'h', 't'];
const FUNCTION_WORDS = ['dan', 'yang', 'untuk', 'dalam', 'dengan', 'pada', 'serta', 'oleh', 'bagi', 'atas', 'terhadap', 'secara', 'melalui', 'di', 'ke', 'dari'];
/** Real words of the domain, common across the whole text (so they weigh little in similarity). */
const DOMAIN_WORDS = ['Pemasyarakatan', 'masyarakat', 'program', 'kegiatan', 'laporan', 'UPT Pemasyarakatan', 'Kanwil', 'Warga Binaan', 'mitra', 'pelaksanaan', 'koordinasi', 'data'];
const ACRONYM_LETTERS = 'BCDGHJKLMNPRSTW';

export interface TextOptions {
  /** Distinct ordinary roots. */
  vocabulary: number;
  /** Zipf exponent of word frequencies (1 is typical of prose). */
  exponent?: number;
}

export class TextMaker {
  private readonly roots: string[];
  private readonly rank: () => number;
  private readonly used = new Set<string>();
  private readonly functionWords: string[];
  private rootSet: Set<string> = new Set();

  constructor(private readonly random: Random, options: TextOptions) {
    const stop = indonesianStopWords();
    const roots: string[] = [];
    const seen = new Set<string>();
    while (roots.length < options.vocabulary) {
      const root = this.syllables(random.chance(0.6) ? 2 : 3, ONSETS);
      if (seen.has(root) || stop.has(root) || root.length < 3) continue;
      seen.add(root);
      roots.push(root);
    }
    this.roots = roots;
    this.rootSet = seen;
    this.rank = zipf(random, roots.length, options.exponent ?? 1);
    this.functionWords = FUNCTION_WORDS.filter((w) => stop.has(w));
  }

  /** One ordinary word: a root drawn by frequency, sometimes with an Indonesian affix. */
  word(): string {
    const root = this.roots[this.rank()]!;
    const r = this.random.next();
    if (r < 0.62) return root;
    if (r < 0.7) return `me${root}`;
    if (r < 0.77) return `pe${root}an`;
    if (r < 0.84) return `${root}an`;
    if (r < 0.9) return `di${root}kan`;
    if (r < 0.95) return `ber${root}`;
    return `ke${root}an`;
  }

  /** n ordinary words with function words and domain words in between, lower case. */
  words(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0 && this.random.chance(0.3)) out.push(this.random.pick(this.functionWords));
      if (this.random.chance(0.08)) out.push(this.random.pick(DOMAIN_WORDS));
      out.push(this.word());
    }
    return out.join(' ');
  }

  /** A sentence of min..max content words, capitalised, with a full stop. */
  sentence(min: number, max: number): string {
    return `${capitalise(this.words(this.random.int(min, max)))}.`;
  }

  /** A few sentences; `inserts` are placed whole between sentences (e.g. a defined term in a clause). */
  paragraph(sentences: number, inserts: readonly string[] = []): string {
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) out.push(this.sentence(8, 18));
    inserts.forEach((insert, k) => {
      const at = Math.min(out.length, 1 + k);
      out.splice(at, 0, `${capitalise(this.words(this.random.int(3, 6)))} ${this.random.pick(['melalui', 'bersama', 'oleh', 'dengan'])} ${insert}.`);
    });
    return out.join(' ');
  }

  /** Title Case words (for names and headings). */
  title(n: number): string {
    return this.words(n).split(' ').filter((w) => !FUNCTION_WORDS.includes(w)).map(capitalise).join(' ') || capitalise(this.word());
  }

  /** A word of a defined term: starts with z or v, never produced by `word()`, unique. */
  termWord(): string {
    return this.unique(() => this.random.pick(['z', 'v']) + this.random.pick(VOWELS) + this.syllables(2, ONSETS));
  }

  /**
   * An ordinary-looking word used nowhere else (not in the vocabulary, never returned twice):
   * what a role's duties are about, so that duties of different roles do not read alike.
   */
  topicWord(): string {
    return this.unique(() => {
      for (;;) {
        const word = this.syllables(3, ONSETS);
        // Not a root, nor a root with an affix, which the analysis would stem back to the root.
        if (!this.rootSet.has(word) && !/^(?:me|pe|di|be|ke)|(?:an|i)$/.test(word)) return word;
      }
    });
  }

  /** A word listed under `avoid`: starts with f, unique. */
  avoidWord(): string {
    return this.unique(() => `f${this.random.pick(VOWELS)}${this.syllables(2, ONSETS)}`);
  }

  /** Four consonants, unique: an abbreviation that no word of prose can match. */
  acronym(): string {
    return this.unique(() => Array.from({ length: 4 }, () => this.random.pick([...ACRONYM_LETTERS])).join(''));
  }

  private unique(make: () => string): string {
    for (;;) {
      const word = make();
      if (this.used.has(word)) continue;
      this.used.add(word);
      return word;
    }
  }

  private syllables(n: number, onsets: readonly string[]): string {
    let out = '';
    for (let i = 0; i < n; i++) {
      const coda = i === n - 1 ? this.random.pick(CODAS) : this.random.chance(0.2) ? this.random.pick(['n', 'r', 'm', 'ng']) : '';
      out += this.random.pick(onsets) + this.random.pick(VOWELS) + coda;
    }
    return out;
  }
}

export function capitalise(text: string): string {
  return text === '' ? text : text[0]!.toUpperCase() + text.slice(1);
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
