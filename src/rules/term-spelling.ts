import { passagePositions } from '../analyze/scalar-position.js';
import { t } from '../i18n/index.js';
import type { ModelIndex } from '../model/lookup.js';
import type { Section } from '../model/types.js';
import type { Rule } from './types.js';
import { type PathSegment } from '../core/findings.js';

/**
 * Defined terms (and their abbreviations) are written in prose with their defined spelling:
 * "peran serta masyarakat" is reported when the term is "Peran Serta Masyarakat". Matches are
 * whole words, case-insensitive, with any whitespace between the words of a term. Not reported:
 * ALL-UPPERCASE text (headings), inline code, verbatim (quoted) definitions, and a term defined
 * in lower case written with a capital first letter at the start of a sentence.
 *
 * All terms are compiled into ONE regular expression shaped as a trie, so a text is scanned
 * once whatever the number of terms.
 */
export const termSpelling: Rule = {
  id: 'term-spelling',
  meta: { severity: 'warning', messages: ['variant'] },
  check({ guideline, index, report }) {
    const dictionary = buildDictionary(index);
    if (!dictionary) return;
    for (const section of guideline.sections) {
      for (const { path, text } of proseOf(section)) {
        const found = scan(dictionary, text);
        if (found.length === 0) continue;
        const positions = passagePositions(section.file, path, text, found);
        found.forEach((match, k) => {
          const entry = match.entry;
          report({
            file: section.file,
            path,
            message: t('rule.term-spelling.variant', { found: match.display, spelling: entry.spelling, section: entry.section }),
            ...(positions[k] ? { position: positions[k] } : {}),
          });
        });
      }
    }
  },
};

interface Entry {
  /** The defined spelling, as the message shows it. */
  spelling: string;
  /** Id of the section that defines it. */
  section: string;
  /** Every defined spelling with this folded form (whitespace collapsed); any of them is right. */
  accepted: Set<string>;
}

interface Dictionary {
  pattern: RegExp;
  /** Folded form (lower case, single spaces) → entry. */
  entries: Map<string, Entry>;
}

interface Match {
  start: number;
  end: number;
  display: string;
  entry: Entry;
}

// ---------------------------------------------------------------------------------------------
// Dictionary: one trie-shaped regular expression for all spellings.

const WORD = String.raw`[\p{L}\p{N}\p{M}_]`;
/** Key of the "whitespace run" edge in the trie (terms are split on whitespace, so no literal space remains). */
const SPACE = ' ';

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

function buildDictionary(index: ModelIndex): Dictionary | undefined {
  const entries = new Map<string, Entry>();
  const root: TrieNode = { children: new Map(), end: false };
  for (const { section, item } of index.terms) {
    for (const spelling of [item.term, item.abbreviation]) {
      if (typeof spelling !== 'string') continue;
      const words = spelling.trim().split(/\s+/).filter((w) => w !== '');
      if (words.length === 0) continue;
      const defined = words.join(' ');
      const key = fold(defined);
      const existing = entries.get(key);
      if (existing) {
        existing.accepted.add(defined);
        continue;
      }
      entries.set(key, { spelling: defined, section: section.id, accepted: new Set([defined]) });
      let node = root;
      for (const unit of Array.from(key)) {
        let child = node.children.get(unit);
        if (!child) {
          child = { children: new Map(), end: false };
          node.children.set(unit, child);
        }
        node = child;
      }
      node.end = true;
    }
  }
  if (entries.size === 0) return undefined;
  const body = emit(root);
  return { pattern: new RegExp(`(?<!${WORD})(?:${body})(?!${WORD})`, 'giu'), entries };
}

/** The trie as a regular expression; optional tails are greedy, so the longest term wins. */
function emit(node: TrieNode): string {
  const alternatives = [...node.children].map(([unit, child]) => (unit === SPACE ? String.raw`\s+` : escape(unit)) + emit(child));
  if (alternatives.length === 0) return '';
  const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

function escape(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

/** Lower case per code point (keeping characters whose lower case is longer), whitespace runs as one space. */
function fold(text: string): string {
  let out = '';
  for (const char of text) {
    if (/\s/.test(char)) {
      if (!out.endsWith(SPACE)) out += SPACE;
      continue;
    }
    const lower = char.toLowerCase();
    out += Array.from(lower).length === 1 ? lower : char;
  }
  return out.trim();
}

// ---------------------------------------------------------------------------------------------
// Scanning one text.

function scan(dictionary: Dictionary, text: string): Match[] {
  const out: Match[] = [];
  const code = text.includes('`') ? codeSpans(text) : [];
  const pattern = dictionary.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const found = m[0];
    const start = m.index;
    const end = start + found.length;
    if (found === '') {
      pattern.lastIndex++;
      continue;
    }
    const entry = dictionary.entries.get(fold(found));
    if (!entry) continue;
    const display = found.replace(/\s+/g, ' ');
    if (entry.accepted.has(display)) continue;
    if (isAllUpperCase(found)) continue;
    if (code.some(([from, to]) => start < to && end > from)) continue;
    if (atSentenceStart(text, start) && [...entry.accepted].some((a) => capitalised(a) === display)) continue;
    out.push({ start, end, display, entry });
  }
  return out;
}

function isAllUpperCase(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

function capitalised(text: string): string {
  const [first = '', ...rest] = Array.from(text);
  return first.toUpperCase() + rest.join('');
}

/** Markdown inline code: a run of backticks up to the next run of the same length. */
function codeSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** At the start of the text, after . ! ? : (across a line break too), or after a list marker. */
function atSentenceStart(text: string, offset: number): boolean {
  let k = offset - 1;
  while (k >= 0 && /[\s*_"'“‘([>#]/u.test(text[k]!)) k--;
  if (k < 0 || /[.!?:…]/.test(text[k]!)) return true;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^\s*(?:[-*+]|\d+[.)]|[a-z][.)])\s+["'“‘(*_]*$/iu.test(text.slice(lineStart, offset));
}

// ---------------------------------------------------------------------------------------------
// Which texts are prose.

interface Prose {
  path: PathSegment[];
  text: string;
}

function proseOf(section: Section): Prose[] {
  const out: Prose[] = [];
  const add = (path: PathSegment[], text: unknown) => {
    if (typeof text === 'string' && text !== '') out.push({ path, text });
  };
  const addAll = (path: PathSegment[], texts: unknown) => {
    if (Array.isArray(texts)) texts.forEach((text, i) => add([...path, i], text));
  };
  add(['intro'], section.intro);
  addAll(['open_questions'], section.open_questions);
  section.items.forEach((item, i) => {
    const at: PathSegment[] = ['items', section.fileIndex?.[i] ?? i];
    addAll([...at, 'open_questions'], item.open_questions);
    switch (section.kind) {
      case 'narrative': {
        const n = section.items[i]!;
        add([...at, 'text'], n.text);
        break;
      }
      case 'terms': {
        const term = section.items[i]!;
        if (term.source?.verbatim !== true) add([...at, 'definition'], term.definition);
        add([...at, 'boundary'], term.boundary);
        break;
      }
      case 'roles': {
        const role = section.items[i]!;
        add([...at, 'description'], role.description);
        addAll([...at, 'duties'], role.duties);
        addAll([...at, 'appointment', 'criteria'], role.appointment?.criteria);
        break;
      }
      case 'mechanisms': {
        const mechanism = section.items[i]!;
        add([...at, 'description'], mechanism.description);
        addAll([...at, 'steps'], mechanism.steps);
        addAll([...at, 'outputs'], mechanism.outputs);
        break;
      }
      case 'indicators': {
        const metric = section.items[i]!;
        add([...at, 'indicator'], metric.indicator);
        add([...at, 'definition'], metric.definition);
        break;
      }
    }
  });
  return out;
}
