// `npm run bench:generate -- --items N --comments-per-item M --out DIR [--seed S]`: writes one
// synthetic guideline (see generate.ts). A developer tool, not a pedoman command.
import { parseArgs } from 'node:util';
import { DEFAULT_SECTION_SIZE, DEFAULT_SEED, generateGuideline, OptionError } from './generate.js';

const USAGE = `usage: npm run bench:generate -- --items N [--comments-per-item M] --out DIR [--seed S] [--section-size K]

Writes one synthetic guideline (manifest, sections, review comments, review stamps) that
every pedoman command accepts. The same options give byte-identical files.

  --items N              items over all sections (at least 12)
  --comments-per-item M  review comments per item (default 10)
  --out DIR              the guideline folder to create (must not exist or be empty)
  --seed S               seed of the generator (default ${DEFAULT_SEED})
  --section-size K       items per section file (default ${DEFAULT_SECTION_SIZE})
`;

export async function main(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        items: { type: 'string' },
        'comments-per-item': { type: 'string', default: '10' },
        out: { type: 'string' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        'section-size': { type: 'string', default: String(DEFAULT_SECTION_SIZE) },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`bench:generate: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const items = wholeNumber(values.items, '--items');
  const perItem = wholeNumber(values['comments-per-item'], '--comments-per-item');
  const seed = wholeNumber(values.seed, '--seed');
  const sectionSize = wholeNumber(values['section-size'], '--section-size');
  if (items === undefined || perItem === undefined || seed === undefined || sectionSize === undefined || !values.out) {
    if (!values.out) process.stderr.write('bench:generate: --out DIR is required\n');
    process.stderr.write(`\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  try {
    const generated = await generateGuideline(values.out, { items, commentsPerItem: perItem, seed, sectionSize });
    const c = generated.counts;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `wrote ${values.out}: ${items} items (${c.narrative} narrative, ${c.terms} terms, ${c.roles} roles, ` +
        `${c.mechanisms} mechanisms, ${c.indicators} metrics) in ${c.sections} sections, ${c.comments} comments, ` +
        `${c.reviews} reviews, ${generated.files.size} files, seed ${seed}, in ${seconds} s\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`bench:generate: ${(error as Error).message}\n`);
    return error instanceof OptionError ? 2 : 1;
  }
}

function wholeNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) {
    process.stderr.write(`bench:generate: ${flag} is required\n`);
    return undefined;
  }
  if (!/^\d+$/.test(value.trim())) {
    process.stderr.write(`bench:generate: ${flag} must be a whole number, not '${value}'\n`);
    return undefined;
  }
  return Number(value);
}

process.exitCode = await main(process.argv.slice(2));
