import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { insertIntoSeq, moveInSeq, removeFromSeq, setScalar } from '../../src/ops/yaml-edit.js';

const MANIFEST = `# yaml-language-server: $schema=../schemas/manifest.schema.json
id: uji
title: A title long enough that yaml would fold it if it re-serialised the whole document with its default width
sections:
  - pendahuluan   # the opening chapter
  # terms come second
  - pengertian
  - penutup

rules:
  open-question: off
`;

describe('yaml-edit', () => {
  it('renames a scalar and leaves every other byte alone', () => {
    const out = setScalar(MANIFEST, ['sections', 1], 'istilah');
    expect(out).toBe(MANIFEST.replace('  - pengertian', '  - istilah'));
  });

  it('keeps quotes and quotes values that would change meaning', () => {
    expect(setScalar(`a: "x"\n`, ['a'], 'y')).toBe(`a: "y"\n`);
    expect(setScalar(`a: 'x'\n`, ['a'], 'y')).toBe(`a: 'y'\n`);
    expect(parse(setScalar(`a: x\n`, ['a'], 'true')).a).toBe('true');
    expect(parse(setScalar(`a: x\n`, ['a'], '2024')).a).toBe('2024');
  });

  it('inserts into a block list with the list\'s indentation, before the comments of the next entry', () => {
    const out = insertIntoSeq(MANIFEST, ['sections'], 1, 'maksud');
    expect(out).toContain('  - pendahuluan   # the opening chapter\n  - maksud\n  # terms come second\n  - pengertian');
    expect(parse(out).sections).toEqual(['pendahuluan', 'maksud', 'pengertian', 'penutup']);
    const end = insertIntoSeq(MANIFEST, ['sections'], 99, 'lampiran');
    expect(end).toContain('  - penutup\n  - lampiran\n\nrules:');
  });

  it('removes an entry with its own comment lines', () => {
    const out = removeFromSeq(MANIFEST, ['sections'], 1);
    expect(out).toBe(MANIFEST.replace('  # terms come second\n  - pengertian\n', ''));
  });

  it('moves an entry keeping its comments', () => {
    const out = moveInSeq(MANIFEST, ['sections'], 1, 2);
    expect(parse(out).sections).toEqual(['pendahuluan', 'penutup', 'pengertian']);
    expect(out).toContain('  - penutup\n  # terms come second\n  - pengertian\n');
    const first = moveInSeq(MANIFEST, ['sections'], 2, 0);
    expect(parse(first).sections).toEqual(['penutup', 'pendahuluan', 'pengertian']);
  });

  it('turns an empty flow list into a block list and back', () => {
    const text = `kind: roles\nid: peran\ntitle: Peran\nitems: []\n`;
    const added = insertIntoSeq(text, ['items'], 0, { id: 'duta', name: 'Duta', level: 'upt', duties: ['membantu'] });
    expect(added).toBe(`kind: roles\nid: peran\ntitle: Peran\nitems:\n  - id: duta\n    name: Duta\n    level: upt\n    duties:\n      - membantu\n`);
    expect(removeFromSeq(added, ['items'], 0)).toBe(text);
  });

  it('appends after a block scalar at the end of the list', () => {
    const text = `items:\n  - id: a\n    text: |\n      one\n      two\n`;
    const out = insertIntoSeq(text, ['items'], 1, { id: 'b', text: 'three' });
    expect(out).toBe(`${text}  - id: b\n    text: three\n`);
  });

  it('edits flow lists in place', () => {
    const text = `measures: [a, b, c] # keep\nx: 1\n`;
    expect(removeFromSeq(text, ['measures'], 1)).toBe(`measures: [ a, c ] # keep\nx: 1\n`);
    expect(setScalar(text, ['measures', 2], 'd')).toBe(`measures: [a, b, d] # keep\nx: 1\n`);
  });

  it('leaves the shipped guideline byte-for-byte except the renamed line', () => {
    const text = readFileSync(new URL('../../guideline/pedoman.yaml', import.meta.url), 'utf8');
    const index = (parse(text).sections as string[]).indexOf('indikator');
    const out = setScalar(text, ['sections', index], 'indikator-kinerja');
    const changed = out.split('\n').filter((line, i) => line !== text.split('\n')[i]);
    expect(changed).toEqual(['  - indikator-kinerja']);
  });
});
