// The validators of the rules' option schemas: precompiled by the build
// (src/rules/options-precompile.ts, dist/schema/rule-options.cjs) when the schema is the one they
// were compiled from; otherwise (running from the sources, or a rule's schema changed since the
// build) compiled with ajv once per process.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { compileWithDefaults } from '../model/schema.js';
import { debugLog } from '../util/debug.js';

/** Spelled from the parent folder: in the bundled build this code sits in dist/chunks/. */
export const OPTIONS_PRECOMPILED_PATH = '../schema/rule-options.cjs';

interface OptionsModule {
  __pedoman?: { version: number; hashes: Record<string, string> };
  [id: string]: unknown;
}

const require = createRequire(import.meta.url);
let module: OptionsModule | null | undefined;

function optionsModule(): OptionsModule | undefined {
  if (module === undefined) {
    try {
      module = require(OPTIONS_PRECOMPILED_PATH) as OptionsModule;
    } catch {
      module = null; // not built (running from the sources): compile with ajv
    }
  }
  return module ?? undefined;
}

/** The build's validator of a rule's options if it was compiled from exactly this schema. */
export function precompiledOptionsValidator(id: string, schema: Record<string, unknown>, from: OptionsModule | undefined = optionsModule()): ValidateFunction | undefined {
  const validate = from?.[id];
  const hash = from?.__pedoman?.hashes[id];
  if (typeof validate !== 'function' || hash === undefined) return undefined;
  if (createHash('sha256').update(JSON.stringify(schema), 'utf8').digest('hex') !== hash) return undefined;
  return validate as ValidateFunction;
}

/** The validator of a rule's options: precompiled if it can be, else compiled now. */
export function optionsValidatorFor(id: string, schema: Record<string, unknown>, precompiledOk: boolean): ValidateFunction {
  const precompiled = precompiledOk ? precompiledOptionsValidator(id, schema) : undefined;
  if (precompiled) {
    debugLog(`options of ${id}: precompiled validator`);
    return precompiled;
  }
  debugLog(`options of ${id}: compiled now with ajv`);
  return compileWithDefaults(schema);
}
