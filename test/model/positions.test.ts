import { afterEach, describe, expect, it } from 'vitest';
import { readSource } from '../../src/model/source.js';
import { formatPath, locate } from '../../src/model/positions.js';
import { cleanupGuidelines, writeGuideline } from '../helpers/fixture.js';
import { type Finding } from '../../src/core/findings.js';

afterEach(cleanupGuidelines);

const TEXT = [
  'kind: roles', // 1
  'id: peran', // 2
  'title: Peran', // 3
  'items:', // 4
  '  - id: duta', // 5
  '    name: Duta', // 6
  '    duties:', // 7
  '      - pertama', // 8
  '      - |', // 9
  '        kedua', // 10
  '    appointment:', // 11
  '      by: kepala', // 12
  '',
].join('\n');

async function file(text = TEXT) {
  const root = await writeGuideline({ 'x.yaml': text });
  const findings: Finding[] = [];
  const source = await readSource(root, `${root}/x.yaml`, findings);
  expect(findings).toEqual([]);
  return source;
}

describe('locate', () => {
  it('finds values in maps and sequences', async () => {
    const f = await file();
    expect(locate(f, ['items', 0, 'name'])).toMatchObject({ line: 6, column: 11 });
    expect(locate(f, ['items', 0, 'duties', 0])).toMatchObject({ line: 8, column: 9 });
    expect(locate(f, ['items', 0, 'duties', 1])).toMatchObject({ line: 9, column: 9 });
    expect(locate(f, ['items', 0, 'appointment', 'by'])).toMatchObject({ line: 12, column: 11 });
  });

  it('points at the key when asked', async () => {
    const f = await file();
    expect(locate(f, ['items', 0, 'appointment'], { key: true })).toMatchObject({ line: 11, column: 5 });
  });

  it('falls back to the nearest existing ancestor', async () => {
    const f = await file();
    const at = locate(f, ['items', 0, 'appointment', 'instrument']);
    expect(at).toMatchObject({ line: 12, depth: 3 });
    expect(locate(f, ['items', 7, 'name'])).toMatchObject({ line: 5, depth: 1 });
  });

  it('keeps lines right with CRLF line ends', async () => {
    const f = await file(TEXT.replace(/\n/g, '\r\n'));
    expect(locate(f, ['items', 0, 'appointment', 'by'])).toMatchObject({ line: 12, column: 11 });
  });

  it('formats paths for messages', () => {
    expect(formatPath(['items', 3, 'duties', 0])).toBe('items[3].duties[0]');
    expect(formatPath([])).toBe('');
  });
});
