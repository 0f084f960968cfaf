// Every question pedoman asks goes through here (@inquirer/prompts, loaded lazily). Command
// logic receives answers and never asks. Ctrl-C at any prompt becomes a quiet ExitSignal(130)
// before anything is written.
import { styleText } from 'node:util';
import type { ItemAnchor, SectionAnchor } from '../comments/anchors.js';
import { dispositionLabel, typeLabel } from '../comments/values.js';
import { COMMENT_TYPES, DISPOSITIONS, type CommentType, type Disposition } from '../model/comment-types.js';
import { t } from '../i18n/index.js';
import type { CliContext, InputStream, OutputStream } from './context.js';
import { ExitSignal } from '../core/errors.js';
import { validEmail, validName } from '../ops/identity.js';
export { validEmail, validName } from '../ops/identity.js';

/** Exit code after Ctrl-C, as shells report SIGINT. */
export const EXIT_INTERRUPTED = 130;

/** Sentinel value of the "whole section" choice. */
export const WHOLE_SECTION = '\u0000whole-section';

const PAGE_SIZE = 12;

/** Prompts run only with a terminal on stdin. */
export function interactive(context: CliContext): boolean {
  return context.stdin?.isTTY === true;
}

export interface Prompts {
  section(anchors: readonly SectionAnchor[]): Promise<SectionAnchor>;
  /** An item of the section, or undefined for the whole section. */
  item(section: SectionAnchor): Promise<ItemAnchor | undefined>;
  /** A quote, one line or a pasted passage over several lines (made one line); undefined when skipped. */
  quote(): Promise<string | undefined>;
  /** The quote is not in the item: use one of its passages, keep the quote, or type it again. */
  quoteNotFound(quote: string, passages: readonly string[], where: string): Promise<QuoteChoice>;
  /** Offers to resume an unfinished comment (`question` says which); true to resume. */
  resumeDraft(question: string): Promise<boolean>;
  type(defaultType?: CommentType): Promise<CommentType>;
  /** Free text over several lines; undefined when optional and left empty. */
  longText(what: LongTextKind, required: boolean, initial?: { text: string; open: boolean }): Promise<string | undefined>;
  name(defaultName?: string): Promise<string>;
  email(): Promise<string | undefined>;
  affiliation(): Promise<string | undefined>;
  /** The drafting team's disposition; for a question, `dijawab` comes first. */
  disposition(type?: CommentType): Promise<Disposition>;
  /** Shows `preview` and asks whether to save it. */
  confirmSave(preview: string): Promise<boolean>;
  /** Writes a line where the prompts are shown. */
  say(text: string): void;
}

export type QuoteChoice = { kind: 'passage'; passage: string } | { kind: 'keep' } | { kind: 'again' };

export type LongTextKind = 'text' | 'proposed' | 'response' | 'reply' | 'overrule' | 'objection' | 'correction';

// Configurations are built by pure functions so that tests can render each prompt alone.

/** The key help under a list, in the user's language. */
function selectTheme() {
  const words: Record<string, string> = { navigate: t('prompt.keys.navigate'), select: t('prompt.keys.select') };
  return { style: { keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${words[action] ?? action}`).join(' • ') } };
}

export function sectionPromptConfig(anchors: readonly SectionAnchor[]) {
  return {
    message: t('prompt.section'),
    choices: anchors.map((s) => ({
      value: s.id,
      name: `${s.number}. ${s.title}`,
      description: t('prompt.section.description', { id: s.id, count: s.items.length }),
    })),
    pageSize: PAGE_SIZE,
    loop: false,
    theme: selectTheme(),
  };
}

export function itemPromptConfig(section: SectionAnchor) {
  return {
    message: t('prompt.item', { section: section.title }),
    choices: [
      { value: WHOLE_SECTION, name: t('prompt.item.whole'), description: t('prompt.item.wholeDescription') },
      ...section.items.map((i) => ({ value: i.id, name: i.label, description: i.id })),
    ],
    pageSize: PAGE_SIZE,
    loop: false,
    theme: selectTheme(),
  };
}

export function typePromptConfig(defaultType?: CommentType) {
  return {
    message: t('prompt.type'),
    choices: COMMENT_TYPES.map((type) => ({ value: type, name: typeLabel(type), description: t(`comments.type.${type}`) })),
    default: defaultType,
    loop: false,
    theme: selectTheme(),
  };
}

export function dispositionPromptConfig(type?: CommentType) {
  // `dijawab` answers a question; for any other comment it is not offered.
  const order: Disposition[] = type === 'pertanyaan' ? ['dijawab', ...DISPOSITIONS.filter((d) => d !== 'dijawab')] : DISPOSITIONS.filter((d) => d !== 'dijawab');
  return {
    message: t('prompt.disposition'),
    choices: order.map((d) => ({ value: d, name: dispositionLabel(d), description: t(`comments.disposition.${d}`) })),
    loop: false,
    theme: selectTheme(),
  };
}

/** Sentinel values of the quote check's own choices (passages are offered by their text). */
const KEEP_QUOTE = '\u0000keep';
const QUOTE_AGAIN = '\u0000again';

export function quoteNotFoundConfig(passages: readonly string[], where: string) {
  return {
    message: t('prompt.quote.choose'),
    choices: [
      ...passages.map((p) => ({ value: p, name: `“${p}”`, description: t('prompt.quote.passage', { where }) })),
      { value: KEEP_QUOTE, name: t('prompt.quote.keep'), description: t('prompt.quote.keepDescription') },
      { value: QUOTE_AGAIN, name: t('prompt.quote.again'), description: t('prompt.quote.againDescription') },
    ],
    pageSize: PAGE_SIZE,
    loop: false,
    theme: selectTheme(),
  };
}

/** A quote as stored: the lines of a pasted passage joined by single spaces. */
export function joinQuote(text: string): string {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ');
}

export function createPrompts(context: CliContext): Prompts {
  const output: OutputStream = context.stdout.isTTY ? context.stdout : context.stderr;
  const io = { input: context.stdin, output };
  const load = () => import('@inquirer/prompts');
  const editorCommand = context.env.VISUAL || context.env.EDITOR;
  // Set when the editor could not be started: every later text is typed here, said once.
  let useEditor = Boolean(editorCommand);
  const keywords = { yes: t('prompt.yes'), no: t('prompt.no'), error: () => t('prompt.yesNo', { yes: t('prompt.yes'), no: t('prompt.no') }) };

  const input = async (config: { message: string; default?: string; validate?: (v: string) => boolean | string; theme?: object }) =>
    asked(async () => (await load()).input(config, io));

  const prompts: Prompts = {
    async section(anchors) {
      const id = await asked(async () => (await load()).select(sectionPromptConfig(anchors), io));
      return anchors.find((s) => s.id === id)!;
    },
    async item(section) {
      if (section.items.length === 0) return undefined;
      const id = await asked(async () => (await load()).select(itemPromptConfig(section), io));
      return id === WHOLE_SECTION ? undefined : section.items.find((i) => i.id === id);
    },
    async quote() {
      const value = joinQuote(await readLines(io, t('prompt.quote'), false, context.color, 'line'));
      return value === '' ? undefined : value;
    },
    async quoteNotFound(quote, passages, where) {
      output.write(`${t('prompt.quote.notFound', { quote, where })}\n`);
      const value = await asked(async () => (await load()).select(quoteNotFoundConfig(passages, where), io));
      if (value === KEEP_QUOTE) return { kind: 'keep' };
      if (value === QUOTE_AGAIN) return { kind: 'again' };
      return { kind: 'passage', passage: value };
    },
    async resumeDraft(question) {
      return asked(async () => (await load()).confirm({ message: question, default: true, theme: { keywords } }, io));
    },
    async type(defaultType) {
      return asked(async () => (await load()).select(typePromptConfig(defaultType), io));
    },
    async longText(what, required, initial) {
      const message = t(`prompt.long.${what}`);
      if (useEditor) {
        // An editor that cannot be started makes inquirer show "LaunchEditorError" and wait for
        // Enter again, forever: the prompt is stopped then and the text typed here instead.
        const stop = new AbortController();
        let launchFailed = false;
        const error = (text: string) => {
          if (/LaunchEditorError/.test(text) && !launchFailed) {
            launchFailed = true;
            setImmediate(() => stop.abort());
          }
          return styleText('red', `> ${text}`);
        };
        try {
          const value = await asked(async () =>
            (await load()).editor(
              {
                message: `${message} ${t(required ? 'prompt.long.editorHint' : 'prompt.long.editorHintOptional')}`,
                waitForUserInput: true,
                ...(initial !== undefined ? { default: initial.text } : {}),
                validate: (v) => !required || v.trim() !== '' || t('prompt.long.required'),
                file: { postfix: '.md' },
                theme: { style: { waitingMessage: (key: string) => t('prompt.editor.waiting', { key }), error } },
              },
              { ...io, signal: stop.signal },
            ),
          );
          const text = trimEditorText(value);
          return text.trim() === '' ? undefined : text;
        } catch (failure) {
          if (!launchFailed) throw failure;
          useEditor = false;
          output.write(`${t('prompt.editor.cannotStart', { editor: editorCommand ?? '' })}\n`);
        }
      }
      const text = await readLines(io, `${message} ${t(required ? 'prompt.long.linesHint' : 'prompt.long.linesHintOptional')}`, required, context.color, 'paragraphs', initial);
      return text.trim() === '' ? undefined : text;
    },
    async name(defaultName) {
      const value = await input({
        message: t('prompt.name'),
        ...(defaultName ? { default: defaultName } : {}),
        validate: (v) => validName(v) || t('comments.error.badName'),
      });
      return value.trim();
    },
    async email() {
      const value = await input({ message: t('prompt.email'), validate: (v) => v.trim() === '' || validEmail(v.trim()) || t('comments.error.badEmail', { email: v.trim() }) });
      return value.trim() === '' ? undefined : value.trim();
    },
    async affiliation() {
      const value = await input({ message: t('prompt.affiliation'), validate: (v) => !/[\r\n]/.test(v) || t('comments.error.badAffiliation') });
      return value.trim() === '' ? undefined : value.trim();
    },
    async disposition(type) {
      return asked(async () => (await load()).select(dispositionPromptConfig(type), io));
    },
    async confirmSave(preview) {
      output.write(`\n${preview.replace(/\n?$/, '\n')}\n`);
      return asked(async () => (await load()).confirm({ message: t('prompt.confirm'), default: true, theme: { keywords } }, io));
    },
    say(text) {
      output.write(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
  return prompts;
}

/** A blank line typed by hand ends the text; one that arrives within this gap of more input was pasted. */
export const PASTE_GAP_MS = 40;

/** Asks the terminal to mark pasted text (bracketed paste), and to stop marking it. */
const PASTE_ON = '\u001b[?2004h';
const PASTE_OFF = '\u001b[?2004l';

/**
 * Multi-line text without an editor: one readline session for the whole text, so a pasted
 * block arrives complete (separate prompts per line would drop what was pasted after the
 * first line). In `paragraphs` mode an empty line typed on its own, or Ctrl-D, finishes; in
 * `line` mode (a quote) Enter finishes, but the lines of a paste stay together. A paste is
 * known by the terminal's bracketed-paste marks, or, where a terminal sends none (and in
 * tests), by lines arriving within PASTE_GAP_MS of each other. Ctrl-C cancels. Lines are kept
 * exactly as typed.
 */
export async function readLines(
  io: { input?: InputStream | undefined; output: OutputStream },
  message: string,
  required: boolean,
  color = false,
  mode: 'paragraphs' | 'line' = 'paragraphs',
  /** Lines typed before (a draft), shown and continued; with `open`, its last line is still being typed. */
  initial?: { text: string; open: boolean },
): Promise<string> {
  const input = io.input;
  if (!input) throw new ExitSignal(EXIT_INTERRUPTED);
  const { createInterface } = await import('node:readline');
  const terminal = input.isTTY === true && io.output.isTTY === true;
  const rl = createInterface({ input, output: io.output, terminal, historySize: 0, prompt: '  … ' });
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  io.output.write(`${paint(34, '?')} ${paint(1, message)}\n`);
  const lines: string[] = [];
  const before = initial && initial.text !== '' ? initial.text.split('\n') : [];
  const editing = initial?.open ? before.pop() : undefined;
  if (initial && initial.text !== '') {
    io.output.write(`  ${paint(2, t('prompt.long.fromDraft'))}\n`);
    for (const line of before) {
      io.output.write(`  … ${line}\n`);
      lines.push(line);
    }
  }
  return new Promise<string>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    let pasting = false;
    // Without a terminal readline keeps a line still waiting for its Enter to itself: known here
    // from whether the last input ended with a line break.
    let unfinished = false;
    const onData = (chunk: Buffer | string) => {
      const data = chunk.toString().replace(/\u001b\[20[01]~$/, '');
      if (data !== '') unfinished = !/[\r\n]$/.test(data);
    };
    const waiting = () => (terminal ? rl.line !== '' : unfinished);
    input.on('data', onData);
    const onKey = (_s: string | undefined, key: { name?: string } | undefined) => {
      if (key?.name === 'paste-start') pasting = true;
      if (key?.name === 'paste-end') {
        pasting = false;
        // A pasted quote that ended with its own line break is finished, as if Enter was typed.
        if (mode === 'line' && rl.line === '' && lines.some((l) => l.trim() !== '')) {
          io.output.write('\r\u001b[K');
          finish(text());
        }
      }
    };
    if (terminal) {
      io.output.write(PASTE_ON);
      input.on('keypress', onKey);
    }
    const finish = (value: string | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      input.off('data', onData);
      if (terminal) {
        input.off('keypress', onKey);
        io.output.write(PASTE_OFF);
      }
      rl.close();
      if (value instanceof Error) reject(value);
      else resolve(value);
    };
    const text = () => {
      while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      return lines.join('\n');
    };
    rl.on('line', (line) => {
      clearTimeout(timer);
      lines.push(line);
      if (pasting) {
        // Inside a marked paste no line ends the text.
      } else if (mode === 'line') {
        if (lines.every((l) => l.trim() === '')) {
          lines.length = 0;
          if (!required) {
            finish('');
            return;
          }
        } else {
          // Enter finishes, unless more lines of a paste follow at once or a pasted last line
          // still waits for its Enter.
          timer = setTimeout(() => {
            if (waiting()) return;
            if (terminal) io.output.write('\r\u001b[K');
            finish(text());
          }, PASTE_GAP_MS);
        }
      } else if (line === '') {
        if (lines.every((l) => l.trim() === '')) {
          lines.length = 0;
          if (!required) {
            finish('');
            return;
          }
          io.output.write(`  ${paint(31, t('prompt.long.required'))}\n`);
        } else {
          // More lines of the same paste arrive at once and cancel this; so does a pasted
          // last line still waiting for its Enter.
          timer = setTimeout(() => {
            if (waiting()) return;
            if (terminal) io.output.write('\r\u001b[K'); // the "…" of a line that will not come
            finish(text());
          }, PASTE_GAP_MS);
        }
      }
      if (!settled) rl.prompt();
    });
    rl.on('SIGINT', () => {
      io.output.write('\n');
      // What was typed so far goes with the signal, for a draft.
      const open = rl.line !== '';
      if (open) lines.push(rl.line);
      const partial = open ? lines.join('\n') : text();
      finish(new ExitSignal(EXIT_INTERRUPTED, partial.trim() === '' ? undefined : { text: partial, open }));
    });
    rl.on('close', () => {
      // Ctrl-D (end of input) finishes with what was typed, unless nothing was and text is required.
      if (settled) return;
      const value = text();
      if (required && value.trim() === '') finish(new ExitSignal(EXIT_INTERRUPTED));
      else finish(value);
    });
    rl.prompt();
    // The line that was being typed is typed again, to be finished.
    if (editing !== undefined) rl.write(editing);
  });
}

/** Turns Ctrl-C (ExitPromptError) into a quiet exit; nothing has been written yet. */
async function asked<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new ExitSignal(EXIT_INTERRUPTED);
    }
    throw error;
  }
}

/** Editors end a file with a newline; the text is what was typed before it. */
export function trimEditorText(text: string): string {
  return text.replace(/(\r?\n)+$/, '');
}



// ---------------------------------------------------------------------------------------------
// Workspace prompts (init, section, item): plain questions whose wording and choices the
// command supplies; each one has a flag, and commands ask only when interactive(context).

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
}

export interface Ask {
  text(message: string, options?: { default?: string; validate?: (value: string) => true | string }): Promise<string>;
  choose<T extends string>(message: string, choices: readonly Choice<T>[], defaultValue?: T): Promise<T>;
  chooseMany<T extends string>(message: string, choices: readonly Choice<T>[], required: boolean): Promise<T[]>;
  /** Several entries, one per prompt; an empty answer ends the list. */
  entries(message: string, required: boolean): Promise<string[]>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
}

/** Inquirer's key hints ("↑↓ navigate • ⏎ select") in the user's language. */
export function keysTheme() {
  return {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', t(`prompt.key.${action}`))}`).join(styleText('dim', ' • ')),
    },
  };
}

export function createAsk(context: CliContext): Ask {
  const output: OutputStream = context.stdout.isTTY ? context.stdout : context.stderr;
  const io = { input: context.stdin, output };
  const load = () => import('@inquirer/prompts');
  const text: Ask['text'] = async (message, options = {}) =>
    asked(async () =>
      (await load()).input(
        { message, ...(options.default !== undefined ? { default: options.default } : {}), ...(options.validate ? { validate: options.validate } : {}) },
        io,
      ),
    );
  return {
    text,
    async choose(message, choices, defaultValue) {
      return asked(async () => (await load()).select({ message, choices: [...choices], pageSize: PAGE_SIZE, loop: false, theme: keysTheme(), ...(defaultValue !== undefined ? { default: defaultValue } : {}) }, io));
    },
    async chooseMany(message, choices, required) {
      return asked(async () =>
        (await load()).checkbox({ message, choices: [...choices], pageSize: PAGE_SIZE, loop: false, required, theme: keysTheme() }, io),
      );
    },
    async entries(message, required) {
      const out: string[] = [];
      for (;;) {
        const first = out.length === 0;
        const line = await text(first ? `${message} ${t('prompt.entries.hint')}` : '…', {
          validate: (v) => !(first && required && v.trim() === '') || t('prompt.long.required'),
        });
        if (line.trim() === '') break;
        out.push(line.trim());
      }
      return out;
    },
    async confirm(message, defaultValue) {
      return asked(async () => (await load()).confirm({ message, default: defaultValue }, io));
    },
  };
}
