// Eta templates for the Markdown and HTML renderings. A template is looked up first in the
// guideline's own `templates/` folder, then in pedoman's `templates/`, so a guideline can
// override the whole document or a single partial.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';

/** pedoman's own templates (next to dist/ and src/). */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export const TEMPLATES_DIR = 'templates';

export interface TemplateOptions {
  /** The guideline root; its `templates/` folder overrides pedoman's. */
  root: string;
  escape: (value: unknown) => string;
}

/** A template that could not be found or compiled, with the file to fix. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly file: string | undefined,
  ) {
    super(message);
    this.name = 'TemplateError';
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
    });
    // Names resolve against the override folder first; nothing outside the two folders is read.
    this.eta.resolvePath = (name: string): string => this.find(name);
    this.eta.readFile = (path: string): string => readFileSync(path, 'utf8');
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
      const message = error instanceof Error ? error.message : String(error);
      throw new TemplateError(message.split('\n')[0] ?? message, path);
    }
  }
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

