// The comment table of a large guideline (hundreds of thousands of comments) prints: column
// widths are found with a loop, never by spreading every row as arguments (which overflows the stack).
import { describe, expect, it } from 'vitest';
import { Threads } from '../../src/model/threads.js';
import type { CommentRecord } from '../../src/model/comment-types.js';
import { formatTable } from '../../src/comments/view.js';

describe('comment list of 200,000 comments', () => {
  it('formats the table', () => {
    const records: CommentRecord[] = Array.from({ length: 200_000 }, (_, i) => ({
      id: `01j${String(i).padStart(23, '0')}`,
      section: 'pengertian',
      item: i % 2 === 0 ? 'pemasyarakatan' : 'peran-serta-masyarakat-dan-lembaga',
      type: 'umum',
      text: `Komentar ${i}`,
      author: { name: i === 123_456 ? 'Nama Yang Paling Panjang Sekali' : 'Rina' },
      created: '2026-11-20T09:00:00Z',
      status: 'open',
    }));
    const threads = new Threads(records);
    const out = formatTable(records.map((record) => ({ record, depth: 0 })), {
      root: '/tmp/g', threads, short: new Map(), anchors: [], states: new Map(), color: false,
    });
    const lines = out.split('\n');
    expect(lines.length).toBeGreaterThan(400_000);
    // The anchor column is as wide as its widest cell: the author column starts at the same place on every row.
    const header = lines[0]!;
    const row = lines.find((l) => l.includes('peran-serta-masyarakat-dan-lembaga'))!;
    expect(row.indexOf('Rina')).toBe(header.indexOf(header.trim().split(/\s{2,}/).at(-1)!));
  });
});
