// Eta templates for the Markdown and HTML renderings. A template is looked up first in the
// guideline's own `templates/` folder, then in pedoman's `templates/`, so a guideline can
// override the whole document or a single partial.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { Eta, EtaParseError, EtaRuntimeError } from 'eta';

/** pedoman's own templates (next to dist/ and src/). */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export const TEMPLATES_DIR = 'templates';

export interface TemplateOptions {
  /** The guideline root; its `templates/` folder overrides pedoman's. */
  root: string;
  escape: (value: unknown) => string;
}

/** A template that could not be found, compiled or run, with the file (and line) to fix. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly file: string | undefined,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'TemplateError';
  }

  /** "templates/x.eta:12:3", or just the file when the line is not known. */
  where(display: (path: string) => string): string {
    if (this.file === undefined) return '?';
    return `${display(this.file)}${this.line !== undefined ? `:${this.line}${this.column !== undefined ? `:${this.column}` : ''}` : ''}`;
  }
}

export class Templates {
  private readonly eta: Eta;
  private readonly dirs: string[];

  constructor(options: TemplateOptions) {
    this.dirs = [join(options.root, TEMPLATES_DIR), BUILTIN_TEMPLATES].map((d) => resolve(d));
    this.eta = new Eta({
      views: BUILTIN_TEMPLATES,
      autoEscape: true,
      escapeFunction: options.escape,
      autoTrim: false,
      plugins: [execLinesVanish],
      cache: true,
      useWith: false,
      varName: 'it',
      // Line tracking, so that an error names the template's line (the output is the same).
      debug: true,
    });
    // Names resolve against the override folder first; nothing outside the two folders is read.
    this.eta.resolvePath = (name: string): string => this.find(name);
    this.eta.readFile = (path: string): string => readFileSync(path, 'utf8');
    // Compiling is where a syntax error surfaces: name the file being compiled and the line.
    const compile = this.eta.compile.bind(this.eta);
    this.eta.compile = ((source: string, options?: { filepath?: string; async?: boolean }) => {
      try {
        return compile(source, options);
      } catch (error) {
        throw compileError(error, source, options?.filepath, (text, debug) => this.eta.withConfig({ debug }).compileToString(text, options));
      }
    }) as Eta['compile'];
  }

  /** Where a template comes from: the guideline's copy when it has one. */
  find(name: string): string {
    const file = name.endsWith('.eta') ? name : `${name}.eta`;
    if (isAbsolute(file) || file.split(/[\\/]/).includes('..')) throw new TemplateError(`template name must be relative and inside templates/: ${name}`, undefined);
    for (const dir of this.dirs) {
      const candidate = resolve(dir, file);
      if (!candidate.startsWith(dir + sep)) continue;
      if (existsSync(candidate)) return candidate;
    }
    throw new TemplateError(`template not found: ${file}`, undefined);
  }

  /** Whether the guideline overrides a template. */
  overridden(name: string): boolean {
    return this.find(name).startsWith(this.dirs[0]! + sep);
  }

  render(name: string, data: object): string {
    const path = this.find(name);
    try {
      return this.eta.render(name, data);
    } catch (error) {
      if (error instanceof TemplateError) throw error;
      throw runtimeError(error, path);
    }
  }
}

/**
 * A template that does not compile: eta's parser says "at line N col M" itself; a JavaScript
 * syntax error inside a tag is found again by compiling the generated function with node:vm,
 * whose error names the generated line, and `__eta.line=N` markers (debug mode) map it back.
 */
function compileError(error: unknown, source: string, file: string | undefined, generate: (text: string, debug: boolean) => string): TemplateError {
  const message = error instanceof Error ? error.message : String(error);
  const parse = / at line (\d+) col (\d+)/.exec(message);
  if (!(error instanceof EtaParseError) || parse) {
    const first = message.split('\n')[0]!.replace(/ at line \d+ col \d+:?$/, '');
    return new TemplateError(first, file, parse ? Number(parse[1]) : undefined, parse ? Number(parse[2]) : undefined);
  }
  // "Bad template syntax\n\n<the SyntaxError's message>\n===…"; the message without debug's
  // try/catch wrapper is the clearer one ("Unexpected end of input", not "Unexpected token 'catch'").
  let reason = message.split('\n').find((line, i) => i > 0 && line.trim() !== '') ?? message;
  let line: number | undefined;
  try {
    reason = syntaxError(generate(source, false))?.message ?? reason;
    const body = generate(source, true);
    const syntax = syntaxError(body);
    if (syntax) {
      const at = /template\.js:(\d+)/.exec(syntax instanceof Error ? (syntax.stack ?? '') : '');
      if (at) {
        const generated = body.split('\n').slice(0, Number(at[1]) - 1);
        for (let i = generated.length - 1; i >= 0 && line === undefined; i--) {
          const marker = /__eta\.line=(\d+)/.exec(generated[i]!);
          if (marker) line = Number(marker[1]);
        }
        line ??= 1;
      }
    }
  } catch {
    // The generated code could not be made again: the file alone is still named.
  }
  return new TemplateError(reason.trim(), file, line);
}

function syntaxError(body: string): Error | undefined {
  try {
    new Script(`function template(it, options) {\n${body}\n}`, { filename: 'template.js' });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** A template that fails while rendering: the innermost template eta names ("path:line") and its message. */
function runtimeError(error: unknown, fallback: string): TemplateError {
  // A partial that does not compile fails inside the template that includes it: its own error is the cause.
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) if (cause instanceof TemplateError) return cause;
  let inner: unknown = error;
  while (inner instanceof EtaRuntimeError && inner.cause instanceof EtaRuntimeError) inner = inner.cause;
  const message = inner instanceof Error ? inner.message : String(inner);
  if (inner instanceof EtaRuntimeError) {
    const at = /^(.*):(\d+)\n/.exec(message);
    const cause = inner.cause instanceof Error ? inner.cause.message : message.split('\n').pop() ?? message;
    if (at) return new TemplateError(cause.split('\n')[0]!, at[1], Number(at[2]));
    return new TemplateError(cause.split('\n')[0]!, fallback);
  }
  return new TemplateError(message.split('\n')[0] ?? message, fallback);
}

type AstNode = string | { t: string; val: string };

/**
 * A line that holds only a logic tag (`<% if (x) { %>`) leaves nothing behind, not even its line
 * break, while `<%= value %>` at the end of a line keeps the line break after it. (Eta's autoTrim
 * trims after every tag, which would join Markdown lines.)
 */
const execLinesVanish = {
  // Eta hands plugins its strings escaped for JavaScript source: a line break is the two characters \n.
  processAST(ast: AstNode[]): AstNode[] {
    const out = [...ast];
    for (let i = 0; i < ast.length; i++) {
      const node = ast[i];
      if (typeof node !== 'object' || node.t !== 'e') continue;
      const before = i === 0 ? '' : ast[i - 1];
      const after = i === ast.length - 1 ? '' : ast[i + 1];
      if (typeof before !== 'string' || typeof after !== 'string') continue;
      const lineStart = /\\n[ \t]*$/.test(before) || (i <= 1 && /^[ \t]*$/.test(before));
      const lineEnd = /^[ \t]*(\\r)?(\\n|$)/.test(after);
      if (!lineStart || !lineEnd) continue;
      if (i > 0) out[i - 1] = (out[i - 1] as string).replace(/[ \t]*$/, '');
      if (i < ast.length - 1) out[i + 1] = (out[i + 1] as string).replace(/^[ \t]*(\\r)?(\\n)?/, '');
    }
    return out;
  },
};

