// An act of the review log reads back exactly as written, whatever the text; every kind of act
// the commands write passes the schema, and the schema refuses what does not belong to a kind.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actToYaml, COMMENT_MODELINE, KEY_ORDER } from '../../src/comments/record.js';
import { dispositionLabel, parseDisposition, parseStateFilter, parseType, stateMatches } from '../../src/comments/values.js';
import type { StoredAct } from '../../src/model/comment-types.js';
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

function record(text: string): StoredAct {
  return {
    id: '01jz3k4m5n6p7q8r9s0t1v2w3x',
    section: 'kelembagaan',
    act: 'comment',
    item: 'duta-kerja-sama-upt',
    quote: text,
    type: 'substansi',
    text,
    proposed_change: text,
    author: { name: 'Budi Santoso', email: 'budi@example.go.id', affiliation: 'Kanwil Jawa Barat' },
    created: '2026-07-07T09:30:00.000Z',
    commit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  };
}

const THREAD = '01jz3k4m5n6p7q8r9s0t1v2w3x';
const TEAM = { name: 'Tim Penyusun', email: 'tim@ditjenpas.example.go.id' };
const base = (id: string) => ({ id, section: 'kelembagaan', created: '2026-07-08T10:00:00.000Z' });

/** One act of every kind, as the commands write them. */
const ACTS: StoredAct[] = [
  record('Komentar.'),
  { ...base('01jz3k4m5n6p7q8r9s0t1v2w40'), act: 'reply', reply_to: THREAD, text: 'Balasan.', author: TEAM },
  { ...base('01jz3k4m5n6p7q8r9s0t1v2w41'), act: 'answer', thread: THREAD, disposition: 'diterima-sebagian', response: 'Diterima untuk butir 3.', author: TEAM },
  { ...base('01jz3k4m5n6p7q8r9s0t1v2w42'), act: 'accept', thread: THREAD, answer: '01jz3k4m5n6p7q8r9s0t1v2w41', author: record('').author },
  {
    ...base('01jz3k4m5n6p7q8r9s0t1v2w43'), act: 'object', thread: THREAD, answer: '01jz3k4m5n6p7q8r9s0t1v2w41', text: 'Belum menjawab.',
    author: record('').author, recorded_by: TEAM, note: 'disampaikan dalam rapat 14 Juli',
  },
  { ...base('01jz3k4m5n6p7q8r9s0t1v2w44'), act: 'overrule', thread: THREAD, objection: '01jz3k4m5n6p7q8r9s0t1v2w43', response: 'Tetap, karena …', author: TEAM },
  { ...base('01jz3k4m5n6p7q8r9s0t1v2w45'), act: 'reopen', thread: THREAD, text: 'Dibahas lagi.', author: TEAM },
  { ...base('01jz3k4m5n6p7q8r9s0t1v2w46'), act: 'withdraw', thread: THREAD, author: record('').author },
  { ...base('01jz3k4m5n6p7q8r9s0t1v2w47'), act: 'correct', target: THREAD, text: 'Komentar yang diralat.', author: record('').author },
  { ...base('01jz3k4m5n6p7q8r9s0t1v2w48'), act: 'move', thread: THREAD, item: 'duta-kerja-sama', author: TEAM },
];

describe('acts on disk', () => {
  it.each(NASTY.map((s) => [JSON.stringify(s), s]))('round-trips %s exactly', (_label, text) => {
    const yaml = actToYaml(record(text));
    const back = parse(yaml) as StoredAct;
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
      expect((parse(actToYaml(record(text))) as StoredAct).text, JSON.stringify(text)).toBe(text);
    }
  });

  it('starts with the schema modeline and keeps the documented key order', () => {
    for (const act of ACTS) {
      const yaml = actToYaml(act);
      expect(yaml.split('\n')[0]).toBe(COMMENT_MODELINE);
      const keys = Object.keys(parse(yaml) as object);
      expect(keys).toEqual(KEY_ORDER.filter((k) => keys.includes(k)));
      expect(keys.slice(0, 3)).toEqual(['id', 'section', 'act']);
    }
    expect(COMMENT_MODELINE).toBe('# yaml-language-server: $schema=../../../schemas/comment.schema.json');
  });

  it('writes acts of every kind that pass the schema', () => {
    const validate = validatorFor('comment');
    for (const text of NASTY.filter((s) => s.trim() !== '')) {
      expect(validate(parse(actToYaml(record(text)))), JSON.stringify(validate.errors)).toBe(true);
    }
    for (const act of ACTS) expect(validate(parse(actToYaml(act))), `${act.act}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('refuses an act without what its kind needs, or with what belongs to another kind', () => {
    const validate = validatorFor('comment');
    const bad = (act: Record<string, unknown>) => {
      expect(validate(act), JSON.stringify(act)).toBe(false);
      return (validate.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => `${e.keyword} ${e.instancePath} ${JSON.stringify(e.params)}`).join('; ');
    };
    const [, , answer, accept, object] = ACTS;
    expect(bad({ ...answer, response: undefined })).toMatch(/required .*response/);
    expect(bad({ ...accept, answer: undefined })).toMatch(/required .*answer/);
    expect(bad({ ...object, text: undefined })).toMatch(/required .*text/);
    // Recorded for the commenter by someone else: how it was given must be said.
    expect(bad({ ...object, note: undefined })).toMatch(/required .*note/);
    expect(bad({ ...answer, quote: 'x' })).toMatch(/false schema \/quote/);
    expect(bad({ ...record('x'), thread: THREAD })).toMatch(/false schema \/thread/);
    expect(bad({ ...answer, disposition: 'accepted' })).toMatch(/enum \/disposition/);
    expect(bad({ ...ACTS[8], text: undefined })).toMatch(/anyOf|required/);
    expect(bad({ ...answer, act: 'resolve' })).toMatch(/enum \/act/);
  });

  it('still reads comment files written before the review log', () => {
    const validate = validatorFor('comment');
    const legacy = {
      id: THREAD, section: 'kelembagaan', type: 'umum', text: 'Lama.', author: { name: 'Sari' }, created: '2026-07-07T09:30:00Z',
      status: 'resolved', disposition: 'dicatat', response: 'Dicatat.', resolved_by: TEAM, resolved_at: '2026-07-08T00:00:00Z', accepted: true,
    };
    expect(validate(legacy), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...legacy, response: undefined })).toBe(false);
  });
});

describe('values in either language', () => {
  it('accepts dispositions as stored, as printed or in English, and prints them with spaces', () => {
    expect(parseDisposition('diterima sebagian')).toBe('diterima-sebagian');
    expect(parseDisposition('Diterima-Sebagian')).toBe('diterima-sebagian');
    expect(parseDisposition('tidak_diterima')).toBe('tidak-diterima');
    expect(parseDisposition('  ditunda ')).toBe('ditunda');
    expect(parseDisposition('partly accepted')).toBe('diterima-sebagian');
    expect(parseDisposition('answered')).toBe('dijawab');
    expect(parseDisposition('maybe')).toBeUndefined();
    expect(dispositionLabel('tidak-diterima')).toBe('tidak diterima');
  });

  it('accepts types and states in English and Indonesian', () => {
    expect(parseType('Question')).toBe('pertanyaan');
    expect(parseType('redaksional')).toBe('redaksional');
    expect(parseType('wording')).toBe('redaksional');
    expect(parseStateFilter('terbuka')).toBe('open');
    expect(parseStateFilter('OPEN')).toBe('open');
    expect(parseStateFilter('keberatan')).toBe('objected');
    expect(parseStateFilter('selesai')).toBe('resolved');
    expect(parseStateFilter('ditarik')).toBe('withdrawn');
    expect(parseStateFilter('closed')).toBeUndefined();
    expect(stateMatches('resolved', 'accepted')).toBe(true);
    expect(stateMatches('resolved', 'objected')).toBe(false);
    expect(stateMatches('resolved', 'open')).toBe(false);
  });
});
