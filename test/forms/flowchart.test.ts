import { describe, expect, it } from 'vitest';
import { flowchartSvg, plainStep, wrapWords } from '../../src/render/flowchart.js';

describe('flowchart SVG', () => {
  it('draws a box per step and an arrow between, with title and desc', () => {
    const svg = flowchartSvg('m', ['menerima **usul**', 'menilai [usul](https://example.org)', 'memutuskan'], { title: 'Bagan Alir M', desc: 'tiga langkah' });
    expect(svg).toMatch(/^<svg class="flowchart" role="img" aria-labelledby="m-bagan-judul m-bagan-uraian"/);
    expect(svg).toContain('<title id="m-bagan-judul">Bagan Alir M</title><desc id="m-bagan-uraian">tiga langkah</desc>');
    expect((svg.match(/<rect /g) ?? []).length).toBe(3);
    expect((svg.match(/<line /g) ?? []).length).toBe(2);
    expect(svg).toContain('>1. menerima usul</tspan>');
    expect(svg).toContain('>2. menilai usul</tspan>');
  });

  it('wraps a long step over several lines and escapes its text', () => {
    const long = 'Duta Kerja Sama mencatat usul dalam register & menyampaikan tanda terima kepada pengusul paling lambat 5 (lima) hari kerja <segera>.';
    const svg = flowchartSvg('x', [long], { title: 't', desc: 'd' });
    expect((svg.match(/<tspan /g) ?? []).length).toBeGreaterThan(1);
    expect(svg).toContain('&amp;');
    expect(svg).not.toContain('<segera>');
  });

  it('keeps words whole when wrapping', () => {
    expect(wrapWords('satu dua tiga empat', 9)).toEqual(['satu dua', 'tiga', 'empat']);
    expect(plainStep('*a* `b` [c](d)')).toBe('a b c');
  });
});
