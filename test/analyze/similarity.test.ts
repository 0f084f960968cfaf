import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { passagePosition } from '../../src/analyze/scalar-position.js';
import { Corpus, cosine, forEachCandidate, makeDoc, sharedPhrases, type Vector } from '../../src/analyze/similarity.js';

/** A seeded generator, so the texts are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
}

describe('candidate pairs through the index', () => {
  // 400 texts of words drawn by Zipf's law from a made-up vocabulary, plus planted rewordings.
  const rnd = seeded(7);
  const vocabulary = Array.from({ length: 3000 }, (_, i) => `kata${i.toString(36)}`);
  // Log-uniform ranks: P(rank r) ∝ 1/r, Zipf's law with exponent 1.
  const word = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(rnd() * Math.log(vocabulary.length))) - 1)]!;
  const texts = Array.from({ length: 400 }, () => Array.from({ length: 14 }, word).join(' '));
  for (let i = 40; i < texts.length; i += 40) texts[i] = texts[i - 1]!.split(' ').reverse().slice(0, 12).join(' ');
  const corpus = new Corpus();
  const docs = texts.map((t) => makeDoc(t));
  for (const d of docs) corpus.add(d);
  const vectors: Vector[] = docs.map((d) => corpus.vector(d));

  it('finds exactly the pairs that brute force finds above the threshold, visiting far fewer', () => {
    for (const threshold of [0.3, 0.5, 0.8]) {
      const brute: string[] = [];
      for (let i = 0; i < vectors.length; i++) for (let j = i + 1; j < vectors.length; j++) if (cosine(vectors[i]!, vectors[j]!) >= threshold) brute.push(`${i}-${j}`);
      const found: string[] = [];
      const visited = forEachCandidate(vectors, vectors, threshold, true, (i, j) => {
        if (cosine(vectors[i]!, vectors[j]!) >= threshold) found.push(`${i}-${j}`);
      });
      expect(found.sort(), `threshold ${threshold}`).toEqual(brute.sort());
      expect(brute.length).toBeGreaterThanOrEqual(9); // the planted rewordings
      expect(visited, `threshold ${threshold}`).toBeLessThan((vectors.length * (vectors.length - 1)) / 2 / 4);
    }
  });

  it('pairs two lists (items against programmes) the same way', () => {
    const left = vectors.slice(0, 200);
    const right = vectors.slice(200);
    const seen: string[] = [];
    forEachCandidate(left, right, 0.5, false, (i, j) => seen.push(`${i}-${j}`));
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('shared key phrases', () => {
  it('quotes runs of words that stand together in both texts, heaviest first', () => {
    const corpus = new Corpus();
    const a = makeDoc('Menilai usul program dan permohonan penelitian berskala nasional.');
    const b = makeDoc('Penilaian atas usul program dan permohonan penelitian di wilayah.');
    for (const d of [a, b, makeDoc('program lain'), makeDoc('wilayah lain')]) corpus.add(d);
    expect(sharedPhrases(corpus, a, b)).toEqual(['Menilai usul program dan permohonan penelitian']);
  });
});

describe('passagePosition', () => {
  const file = (text: string) => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    return { path: '/x.yaml', rel: 'x.yaml', text, doc, lineCounter, data: doc.toJS() };
  };
  it('maps a phrase inside block, folded, quoted and plain scalars', () => {
    const cases: [string, number, number][] = [
      ['a: |-\n  satu dua\n\n  tiga empat\n', 4, 8],
      ['a: >-\n  satu dua\n  tiga\n  empat\n', 4, 3],
      ["a: 'satu dua ''tiga'' empat'\n", 1, 23],
      ['a: satu dua tiga\n  empat\n', 2, 3],
    ];
    for (const [text, line, column] of cases) {
      const f = file(text);
      const value = (f.data as { a: string }).a;
      const start = value.indexOf('empat');
      expect(passagePosition(f, ['a'], value, start, start + 5), text).toMatchObject({ line, column });
    }
  });
});
