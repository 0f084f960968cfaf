// Formatter registry; each formatter is loaded only when asked for.
import type { FormatName } from './names.js';
import type { Formatter } from './types.js';

const loaders: Record<FormatName, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  sarif: async () => (await import('./sarif.js')).sarif,
};

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return loaders[name]();
}
