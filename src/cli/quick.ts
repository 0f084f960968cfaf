// The help texts and the version without building the command line: `pedoman --help`,
// `pedoman <command> --help` (or -h, or `pedoman help <command>`), `pedoman` and `pedoman
// <group>` alone, and `pedoman --version` are answered from the texts the build wrote
// (dist/help/help.<lang>.json, by help-precompute.ts running the real program on every one of
// them), so that they load neither commander nor the command table. Anything else, or a text
// that would not be byte for byte what commander writes now, is left to the program (main.ts):
//   - only the exact words the build ran, after at most one leading --lang (the language is
//     still chosen here, at run time, from --lang, PEDOMAN_LANG and the locale);
//   - only at the width commander would wrap to: 80 when the output is not a terminal (or a
//     terminal of 80 columns), or a terminal at least as wide as the longest line of the
//     unwrapped text;
//   - only when the texts were built for this version of pedoman (package.json).
import { resolveLanguage, type Language } from '../i18n/index.js';

// node:fs through process.getBuiltinModule(), not `import`: for a built-in module imported as an
// ES module, Node 22 and later build its exports, which for node:fs loads every lazy part of it
// (its streams): about 13 ms of `pedoman --help` on Node 24, a third of what it costs over
// `node -e 0`. For the same reason this file does not import core/package.ts for the version.
const { readFileSync } = process.getBuiltinModule('node:fs');

/** pedoman's version, from package.json two folders up (this file is dist/cli/quick.js). */
function version(): string | undefined {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** What the build stores per language. */
export interface HelpTexts {
  version: string;
  /** Each distinct text once; entries point into it. */
  texts: string[];
  /**
   * The words after pedoman (joined by one space) → exit code, the stream written (0 stdout,
   * 1 stderr), the text at width 80, the unwrapped text, and from which width on that one is what
   * commander writes.
   */
  entries: Record<string, [code: number, stream: 0 | 1, at80: number, wide: number, wideFrom: number]>;
}

export function helpTextsPath(lang: Language): URL {
  // Spelled from the parent folder: bundled, this code may sit in dist/chunks/ (scripts/bundle.mjs).
  return new URL(`../help/help.${lang}.json`, import.meta.url);
}

/** The width commander wraps its help to on this stream (commander's own rule). */
export function helpWidth(stream: { isTTY?: boolean; columns?: number }): number {
  return (stream.isTTY ? stream.columns : undefined) ?? 80;
}

export interface QuickAnswer {
  code: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

/** The stored answer to these words, or undefined when the program has to run. */
export function quickAnswer(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  widths: { stdout: number; stderr: number },
  read: (lang: Language) => HelpTexts | undefined = readHelpTexts,
): QuickAnswer | undefined {
  let words = argv;
  let flag: string | undefined;
  if (words[0] === '--lang' && words.length >= 2) [flag, words] = [words[1], words.slice(2)];
  else if (words[0]?.startsWith('--lang=')) [flag, words] = [words[0].slice('--lang='.length), words.slice(1)];
  if (flag !== undefined && flag !== 'en' && flag !== 'id') return undefined;
  const texts = read(resolveLanguage(flag, env));
  if (!texts || texts.version !== version()) return undefined;
  const entry = Object.prototype.hasOwnProperty.call(texts.entries, words.join(' ')) ? texts.entries[words.join(' ')] : undefined;
  if (!entry) return undefined;
  const [code, streamIndex, at80, wide, wideFrom] = entry;
  const stream = streamIndex === 0 ? 'stdout' : 'stderr';
  const width = widths[stream];
  const index = width === 80 ? at80 : width >= wideFrom ? wide : undefined;
  const text = index === undefined ? undefined : texts.texts[index];
  return text === undefined ? undefined : { code, stream, text };
}

function readHelpTexts(lang: Language): HelpTexts | undefined {
  try {
    return JSON.parse(readFileSync(helpTextsPath(lang), 'utf8')) as HelpTexts;
  } catch {
    return undefined; // not built: the program answers
  }
}
