// A comment file reads back exactly as written, whatever the text; resolving changes only the
// resolution fields and leaves the commenter's bytes alone.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  applyResolution, COMMENT_MODELINE, commentToYaml, dispositionLabel, KEY_ORDER, parseDisposition,
} from '../../src/comments/record.js';
import type { CommentRecord } from '../../src/model/comment-types.js';
import { validatorFor } from '../../src/model/schema.js';

const NASTY = [
  'one line',
  'line one\nline two',
  'Paragraf satu.\n\nParagraf dua.\n',
  'ends with blank lines\n\n\n',
  '  starts with spaces',
  'ends with spaces   ',
  '\tstarts with a tab',
  'key: value # not a comment',
  '# looks like a YAML comment',
  "'single' and \"double\" quotes",
  'emoji 🎉 and a family 👩‍👩‍👧 and ✔',
  '<script>alert("x")</script>',
  '- looks like a list',
  '? looks like a key',
  'yes',
  'null',
  '~',
  '123',
  '0x1F',
  '2026-07-07',
  '--- a document marker',
  '...',
  '%YAML 1.2',
  '@at and `backticks` and {braces} [brackets] & anchors *alias !tag |pipe >gt',
  'Windows line\r\nending',
  'line\u2028separator',
  '\u00a0non-breaking space',
  'trailing\n  indented continuation',
  '  first indented\nsecond not',
  'Pasal 92 huruf a: "mengajukan usul program Pemasyarakatan";',
];

function record(text: string): CommentRecord {
  return {
    id: '01jz3k4m5n6p7q8r9s0t1v2w3x',
    section: 'kelembagaan',
    item: 'duta-kerja-sama-upt',
    quote: text,
    type: 'substansi',
    text,
    proposed_change: text,
    author: { name: 'Budi Santoso', email: 'budi@example.go.id', affiliation: 'Kanwil Jawa Barat' },
    created: '2026-07-07T09:30:00.000Z',
    commit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    status: 'open',
  };
}

describe('comment records on disk', () => {
  it.each(NASTY.map((s) => [JSON.stringify(s), s]))('round-trips %s exactly', (_label, text) => {
    const yaml = commentToYaml(record(text));
    const back = parse(yaml) as CommentRecord;
    expect(back.text).toBe(text);
    expect(back.quote).toBe(text);
    expect(back.proposed_change).toBe(text);
    expect(back).toEqual(record(text));
  });

  it('round-trips random strings built from troublesome characters', () => {
    const alphabet = ['a', ' ', '\n', '\t', ':', '#', '"', "'", '-', '?', '|', '>', '🎉', 'é', '\\', '{', '}', '[', ']', ',', '&', '*', '!', '%', '@', '`', '\r'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 150; n++) {
      const length = 1 + Math.floor(random() * 40);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]!).join('');
      expect((parse(commentToYaml(record(text))) as CommentRecord).text, JSON.stringify(text)).toBe(text);
    }
  });

  it('starts with the schema modeline and keeps the documented key order', () => {
    const yaml = commentToYaml({ ...record('x'), disposition: 'dicatat', response: 'ok', status: 'resolved', resolved_at: '2026-07-08T00:00:00.000Z' });
    expect(yaml.split('\n')[0]).toBe(COMMENT_MODELINE);
    expect(COMMENT_MODELINE).toBe('# yaml-language-server: $schema=../../../schemas/comment.schema.json');
    const keys = Object.keys(parse(yaml) as object);
    expect(keys).toEqual(KEY_ORDER.filter((k) => keys.includes(k)));
    expect(keys[0]).toBe('id');
  });

  it('writes records that pass the comment schema', () => {
    const validate = validatorFor('comment');
    for (const text of NASTY.filter((s) => s.trim() !== '')) {
      expect(validate(parse(commentToYaml(record(text)))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('resolves by editing only the resolution fields, keeping the rest byte for byte', () => {
    const before = commentToYaml(record('Paragraf satu: "kutip" # x\n\nParagraf dua 🎉\n'));
    const after = applyResolution(before, {
      status: 'resolved',
      disposition: 'diterima-sebagian',
      response: 'Diterima untuk butir 3.\nSisanya ditunda.',
      resolved_by: { name: 'Tim Penyusun', email: 'tim@ditjenpas.example.go.id' },
      resolved_at: '2026-07-08T10:00:00.000Z',
    });
    const untilStatus = (s: string) => s.slice(0, s.indexOf('\nstatus:'));
    expect(untilStatus(after)).toBe(untilStatus(before));
    const back = parse(after) as CommentRecord;
    expect(back).toMatchObject({ status: 'resolved', disposition: 'diterima-sebagian', response: 'Diterima untuk butir 3.\nSisanya ditunda.' });
    expect(back.author).toEqual(record('x').author);

    const reopened = applyResolution(after, { status: 'open' });
    expect(parse(reopened)).toMatchObject({ status: 'open', disposition: 'diterima-sebagian' });
    const accepted = applyResolution(after, { accepted: true });
    expect((parse(accepted) as CommentRecord).accepted).toBe(true);
    expect((parse(applyResolution(accepted, { accepted: null })) as CommentRecord).accepted).toBeUndefined();
  });

  it('keeps a hand-edited file as it was outside the changed fields', () => {
    const hand = [
      COMMENT_MODELINE,
      '# a note the drafter left',
      'id: 01jz3k4m5n6p7q8r9s0t1v2w3x',
      'section: kelembagaan',
      'type: umum',
      "text: 'written by hand: with quotes'",
      'author: { name: Sari }',
      'created: 2026-07-07T09:30:00Z',
      'status: open',
      '',
    ].join('\n');
    const after = applyResolution(hand, { status: 'resolved', disposition: 'dicatat', response: 'Dicatat.', resolved_at: '2026-07-08T00:00:00Z' });
    expect(after.startsWith(hand.slice(0, hand.indexOf('status: open')))).toBe(true);
  });

  it('accepts dispositions as stored or as printed, and prints them with spaces', () => {
    expect(parseDisposition('diterima sebagian')).toBe('diterima-sebagian');
    expect(parseDisposition('Diterima-Sebagian')).toBe('diterima-sebagian');
    expect(parseDisposition('tidak_diterima')).toBe('tidak-diterima');
    expect(parseDisposition('  ditunda ')).toBe('ditunda');
    expect(parseDisposition('accepted')).toBeUndefined();
    expect(dispositionLabel('tidak-diterima')).toBe('tidak diterima');
  });
});
