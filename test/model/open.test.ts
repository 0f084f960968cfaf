// openGuideline: one model per guideline, its parts read when first asked for, each file read
// and parsed once whatever asks for it, and checks per item rather than per file.
import { afterEach, describe, expect, it } from 'vitest';
import { checkGuideline } from '../../src/rules/check.js';
import { openGuideline } from '../../src/model/guideline.js';
import { diskSource, type FileSource } from '../../src/model/source.js';
import { baseGuideline, cleanupGuidelines, variant, writeGuideline } from '../helpers/fixture.js';

afterEach(cleanupGuidelines);

/** The disk, counting how often each file is read. */
function countingSource(): FileSource & { reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    ...diskSource,
    reads,
    async readFile(path) {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      return diskSource.readFile(path);
    },
  };
}

describe('openGuideline', () => {
  it('reads each file once, whichever parts ask for it', async () => {
    const root = await writeGuideline(variant((f) => {
      f['comments/peran/01k0000000aaaaaaaaaaaaaaa1.yaml'] = { id: '01k0000000aaaaaaaaaaaaaaa1', section: 'peran', type: 'umum', text: 'Baik.', author: { name: 'Ani' }, created: '2026-07-10T00:00:00.000Z', status: 'open' };
    }));
    const source = countingSource();
    const model = openGuideline(root, { source });
    await model.raw();
    await model.typed();
    await checkGuideline(model);
    await model.rawSection('peran');
    expect([...source.reads.values()].every((n) => n === 1)).toBe(true);
    expect(source.reads.size).toBe(1 + 5 + 1); // the manifest, five sections, one comment
  });

  it('loads only what is asked for: one section, without the others or the comments', async () => {
    const root = await writeGuideline(baseGuideline());
    const source = countingSource();
    const model = openGuideline(root, { source });
    const section = await model.rawSection('peran');
    expect(section?.items.map((i) => i.label)).toEqual(['Duta Kerja Sama Kantor Pusat', 'Duta Kerja Sama UPT']);
    expect([...source.reads.keys()].map((p) => p.slice(root.length + 1)).sort()).toEqual(['pedoman.yaml', 'sections/peran.yaml']);
  });

  it('reports two independent mistakes in one file in one run, without a cascade from the broken item', async () => {
    const root = await writeGuideline(variant((f) => {
      f['sections/peran.yaml'].items[0].dutie = ['menyusun rencana']; // schema: an unknown field in item 1
      f['sections/peran.yaml'].items[1].appointment.by = 'kepala-uptt'; // item 2: a misspelled reference
    }));
    const { findings } = await checkGuideline(openGuideline(root));
    const errors = findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.path]);
    expect(errors).toEqual([
      ['schema', 'items[0].dutie'],
      ['reference-resolves', 'items[1].appointment.by'],
    ]);
  });

  it('keeps the file position of the items after one left out', async () => {
    const root = await writeGuideline(variant((f) => {
      f['sections/peran.yaml'].items[0].level = 3; // a schema error in item 1
      f['sections/peran.yaml'].items[1].appointment.by = 'kepala-uptt';
    }));
    const { index, findings } = await checkGuideline(openGuideline(root));
    expect(index.roles.map((r) => [r.item.id, r.index])).toEqual([['duta-upt', 1]]);
    const reference = findings.find((f) => f.ruleId === 'reference-resolves')!;
    expect(reference.path).toBe('items[1].appointment.by');
  });
});
