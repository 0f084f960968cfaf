import { afterAll, describe, expect, it } from 'vitest';
import type { StoredAct } from '../../src/model/comment-types.js';
import { Threads } from '../../src/model/threads.js';
import { abbreviationVerb } from '../../src/render/model.js';
import { baseGuideline, cleanupGuidelines, variant } from '../helpers/fixture.js';
import { build, buildAt, SHIPPED } from './helpers.js';

afterAll(cleanupGuidelines);

describe('document model', () => {
  it('numbers chapters BAB I, II… in manifest order and parts A., B.', async () => {
    const { doc } = await build(baseGuideline());
    expect(doc.chapters.map((c) => c.heading)).toEqual([
      'BAB I PENDAHULUAN',
      'BAB II PENGERTIAN',
      'BAB III PERAN',
      'BAB IV MEKANISME',
      'BAB V INDIKATOR',
    ]);
    const intro = doc.chapters[0]!;
    expect(intro.kind === 'narrative' && intro.parts.map((p) => p.heading)).toEqual(['A. Latar Belakang']);
    const terms = doc.chapters[1]!;
    expect(terms.kind === 'terms' && terms.terms.map((t) => `${t.number} ${t.term}`)).toEqual(['1. Peran Serta Masyarakat', '2. Pemasyarakatan']);
  });

  it('follows a section moved in the manifest', async () => {
    const { doc } = await build(variant((f) => f['pedoman.yaml'].sections.reverse()));
    expect(doc.chapters.map((c) => c.number)).toEqual(['BAB I', 'BAB II', 'BAB III', 'BAB IV', 'BAB V']);
    expect(doc.chapters[0]!.title).toBe('INDIKATOR');
  });

  it('groups roles by level in the manifest order, skipping levels without roles', async () => {
    const { doc } = await build(baseGuideline());
    const roles = doc.chapters.find((c) => c.kind === 'roles');
    if (roles?.kind !== 'roles') throw new Error('no roles chapter');
    expect(roles.groups.map((g) => g.heading)).toEqual(['A. Kantor Pusat', 'B. UPT Pemasyarakatan']);
    const upt = roles.groups[1]!.roles[0]!;
    expect(upt.heading).toBe('1. Duta Kerja Sama UPT');
    expect(upt.appointment).toEqual({ by: 'Kepala UPT Pemasyarakatan', instrument: 'Keputusan Kepala UPT', criteria: [] });
    expect(upt.reportsTo).toEqual({ text: 'Duta Kerja Sama Kantor Pusat', anchor: 'duta-pusat' });
  });

  it('resolves names of mechanisms and indicators', async () => {
    const { doc } = await build(baseGuideline());
    const mechanisms = doc.chapters.find((c) => c.kind === 'mechanisms');
    if (mechanisms?.kind !== 'mechanisms') throw new Error('no mechanisms chapter');
    const m = mechanisms.mechanisms[0]!;
    expect(m.heading).toBe('A. Usul Program');
    expect(m.implements).toEqual(['Pasal 92 huruf a Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan']);
    expect(m.stakeholders).toEqual(['Keluarga']);
    expect(m.levels).toEqual(['UPT Pemasyarakatan']);
    expect(m.responsible).toEqual([{ text: 'Duta Kerja Sama UPT', anchor: 'duta-upt' }]);
    expect(m.indicators).toEqual([{ text: 'IK-01 Jumlah usul program yang diterima', anchor: 'ind-usul' }]);
    const metrics = doc.chapters.find((c) => c.kind === 'indicators');
    if (metrics?.kind !== 'indicators') throw new Error('no metrics chapter');
    expect(metrics.indicators[0]).toMatchObject({
      code: 'IK-01',
      unit: 'usulan',
      baseline: '0 (2025)',
      targets: ['2027: 20'],
      frequency: 'triwulanan',
      dataSource: 'register usul program UPT',
      responsible: { text: 'Duta Kerja Sama UPT', anchor: 'duta-upt' },
      direction: 'naik (makin tinggi makin baik)',
    });
  });

  it('writes numbers the Indonesian way and says when a baseline is missing', async () => {
    const { doc } = await build(
      variant((f) => {
        f['sections/indikator.yaml'].items[0].targets = [{ year: 2027, value: 1500 }, { year: 2028, value: 2.5 }];
        f['sections/indikator.yaml'].items[0].baseline = { value: null, year: 2026 };
      }),
    );
    const metrics = doc.chapters.find((c) => c.kind === 'indicators');
    if (metrics?.kind !== 'indicators') throw new Error('no metrics chapter');
    expect(metrics.indicators[0]!.targets).toEqual(['2027: 1.500', '2028: 2,5']);
    expect(metrics.indicators[0]!.baseline).toBe('diukur pada 2026');
  });

  it('chooses "disingkat" for an acronym and "disebut" for a short name', async () => {
    expect(abbreviationVerb('LPKA')).toBe('disingkat');
    expect(abbreviationVerb('PKS')).toBe('disingkat');
    expect(abbreviationVerb('Rutan')).toBe('disebut');
    expect(abbreviationVerb('UPT Pemasyarakatan')).toBe('disebut');
    const { doc } = await buildAt(SHIPPED);
    const terms = doc.chapters.find((c) => c.kind === 'terms');
    if (terms?.kind !== 'terms') throw new Error('no terms chapter');
    const lead = (id: string) => terms.terms.find((t) => t.id === id)?.abbreviationLead;
    expect(lead('lembaga-pembinaan-khusus-anak')).toBe(' yang selanjutnya disingkat ');
    expect(lead('rumah-tahanan-negara')).toBe(' yang selanjutnya disebut ');
  });

  it('shows open questions in a draft and leaves them out of the final text', async () => {
    const files = variant((f) => {
      f['sections/pendahuluan.yaml'].open_questions = ['Perlu dibahas?'];
      f['sections/pendahuluan.yaml'].items[0].open_questions = ['Apakah sudah tepat?'];
    });
    const draft = (await build(files)).doc;
    expect(draft.meta.draftMark).toBe('DRAF');
    expect(draft.chapters[0]!.notes).toEqual(['Perlu dibahas?']);
    expect(draft.chapters[0]!.kind === 'narrative' && draft.chapters[0]!.parts[0]!.notes).toEqual(['Apakah sudah tepat?']);
    const final = (await build(files, { final: true })).doc;
    expect(final.meta.draftMark).toBeUndefined();
    expect(final.chapters[0]!.notes).toEqual([]);
    expect(final.chapters[0]!.kind === 'narrative' && final.chapters[0]!.parts[0]!.notes).toEqual([]);
  });

  it('puts date, version and commit on the cover', async () => {
    const files = variant((f) => (f['pedoman.yaml'].date = '2026-03-05'));
    expect((await build(files)).doc.meta).toMatchObject({ version: '0.1.0', statusLabel: 'Draf', dateText: '5 Maret 2026', year: '2026', commitText: 'abc1234' });
    expect((await build(files, { date: '2026-12-01' })).doc.meta.dateText).toBe('1 Desember 2026');
    expect((await build(files, { commit: {} })).doc.meta.commitText).toBe('tidak diketahui');
    expect((await build(files, { commit: { hash: 'abc1234', dirty: true } })).doc.meta.commitText).toBe('abc1234 (ada perubahan yang belum di-commit)');
  });

  it('uses English headings for an English guideline', async () => {
    const { doc } = await build(variant((f) => (f['pedoman.yaml'].language = 'en')));
    expect(doc.chapters[0]!.heading).toBe('CHAPTER I PENDAHULUAN');
    expect(doc.labels.toc).toBe('CONTENTS');
    expect(doc.meta.draftMark).toBe('DRAFT');
  });

  it('traces the required provisions first, then the others a mechanism implements', async () => {
    const { doc } = await build(
      variant((f) => {
        f['pedoman.yaml'].rules = { 'provision-implemented': { severity: 'warning', options: { provisions: ['pasal-92-b', 'pasal-92-a'] } } };
      }),
    );
    const trace = doc.appendices.find((a) => a.kind === 'traceability');
    if (trace?.kind !== 'traceability') throw new Error('no traceability appendix');
    expect(trace.heading).toBe('LAMPIRAN I MATRIKS KETERLACAKAN');
    expect(trace.rows.map((r) => r.provision.label)).toEqual(['Pasal 92 huruf b', 'Pasal 92 huruf a']);
    expect(trace.rows[0]).toMatchObject({ mechanisms: [], roles: [], indicators: [] });
    expect(trace.rows[1]).toMatchObject({
      mechanisms: [{ text: 'Usul Program', anchor: 'usul-program' }],
      roles: [{ text: 'Duta Kerja Sama UPT', anchor: 'duta-upt' }],
      indicators: [{ text: 'IK-01 Jumlah usul program yang diterima', anchor: 'ind-usul' }],
    });
  });

  it('lists every chapter and part in the table of contents', async () => {
    const { doc } = await build(baseGuideline(), { comments: { mode: 'summary', threads: new Threads([]) } });
    expect(doc.toc.map((e) => `${e.level} ${e.heading}`)).toEqual([
      '1 BAB I PENDAHULUAN',
      '2 A. Latar Belakang',
      '1 BAB II PENGERTIAN',
      '1 BAB III PERAN',
      '2 A. Kantor Pusat',
      '2 B. UPT Pemasyarakatan',
      '1 BAB IV MEKANISME',
      '2 A. Usul Program',
      '1 BAB V INDIKATOR',
      '2 A. Tabel Indikator',
      '2 B. Definisi Operasional Indikator',
      '1 LAMPIRAN I MATRIKS KETERLACAKAN',
      '1 LAMPIRAN II MATRIKS PERAN DAN TINGKAT',
      '1 LAMPIRAN III RINGKASAN MASUKAN',
    ]);
  });

  describe('comments', () => {
    const record = (fields: Partial<StoredAct> & { id: string }): StoredAct => ({
      section: 'pengertian',
      type: 'substansi',
      text: 'teks',
      author: { name: 'Rina', affiliation: 'UNODC' },
      created: '2026-11-20T09:00:00Z',
      status: 'open',
      ...fields,
    });
    // c3 is a file written before the review log (its answer in its own fields).
    const records: StoredAct[] = [
      record({ id: 'c3', section: 'mekanisme', item: 'usul-program', created: '2026-11-21T00:00:00Z', status: 'resolved', disposition: 'diterima-sebagian', response: 'Disesuaikan.' }),
      record({ id: 'c1', section: 'pengertian', item: 'pemasyarakatan', quote: 'subsistem', proposed_change: 'Tambahkan *rujukan*.' }),
      record({ id: 'c2', section: 'pengertian', reply_to: 'c1', author: { name: 'Budi' }, created: '2026-11-22T10:00:00Z', text: 'Setuju.' }),
      record({ id: 'c4', section: 'pendahuluan', type: 'redaksional', created: '2026-11-23T00:00:00Z' }),
    ];

    it('orders the comment table by chapter and folds replies under their comment', async () => {
      const { doc } = await build(baseGuideline(), { comments: { mode: 'table', threads: new Threads(records) } });
      const table = doc.appendices.find((a) => a.kind === 'commentTable');
      if (table?.kind !== 'commentTable') throw new Error('no comment table');
      expect(table.rows.map((r) => [r.number, r.id, r.section])).toEqual([
        ['1', 'c4', 'BAB I Pendahuluan'],
        ['2', 'c1', 'BAB II Pengertian — Pemasyarakatan'],
        ['3', 'c3', 'BAB IV Mekanisme — Usul Program'],
      ]);
      expect(table.rows[1]).toMatchObject({
        commenter: 'Rina (UNODC)',
        type: 'substansi',
        quote: 'subsistem',
        proposedChange: 'Tambahkan *rujukan*.',
        disposition: 'belum diputuskan',
        replies: [{ author: 'Budi', date: '2026-11-22', text: 'Setuju.' }],
      });
      expect(table.rows[2]).toMatchObject({ disposition: 'diterima sebagian', response: 'Disesuaikan.', verdict: 'belum menyatakan sikap' });
      expect(table.rows[1]).toMatchObject({ verdict: 'menunggu tanggapan', history: [] });
    });

    it("shows the commenter's response: an objection, the answer given again or kept, and who recorded it", async () => {
      const team = { name: 'Tim Penyusun' };
      const rina = { name: 'Rina', affiliation: 'UNODC' };
      const act = (fields: Partial<StoredAct> & { id: string }): StoredAct => ({ section: 'pengertian', author: team, created: '2026-11-21T00:00:00Z', ...fields });
      const log: StoredAct[] = [
        record({ id: 'c1', act: 'comment', item: 'pemasyarakatan', status: undefined }),
        act({ id: 'c2', act: 'answer', thread: 'c1', disposition: 'tidak-diterima', response: 'Tidak perlu.' }),
        act({ id: 'c3', act: 'object', thread: 'c1', answer: 'c2', text: 'Perlu, karena Pasal 92.', author: rina, created: '2026-11-22T00:00:00Z' }),
        act({ id: 'c4', act: 'overrule', thread: 'c1', objection: 'c3', response: 'Pasal 92 tidak mengatur ini.', created: '2026-11-23T00:00:00Z' }),
        record({ id: 'd1', act: 'comment', section: 'mekanisme', item: 'usul-program', status: undefined }),
        act({ id: 'd2', act: 'answer', section: 'mekanisme', thread: 'd1', disposition: 'ditunda', response: 'Nanti.' }),
        act({ id: 'd3', act: 'object', section: 'mekanisme', thread: 'd1', answer: 'd2', text: 'Sekarang.', author: rina, recorded_by: team, note: 'surat 3 Desember', created: '2026-11-24T00:00:00Z' }),
        act({ id: 'd4', act: 'answer', section: 'mekanisme', thread: 'd1', disposition: 'diterima', response: 'Baik, sekarang.', created: '2026-11-25T00:00:00Z' }),
        act({ id: 'd5', act: 'accept', section: 'mekanisme', thread: 'd1', answer: 'd4', author: rina, created: '2026-11-26T00:00:00Z' }),
      ];
      const { doc } = await build(baseGuideline(), { comments: { mode: 'table', threads: new Threads(log) } });
      const table = doc.appendices.find((a) => a.kind === 'commentTable');
      if (table?.kind !== 'commentTable') throw new Error('no comment table');
      expect(table.rows[0]).toMatchObject({
        id: 'c1', disposition: 'tidak diterima', response: 'Tidak perlu.', verdict: 'keberatan; tanggapan tetap',
        history: [
          { label: 'Keberatan', date: '2026-11-22', text: 'Perlu, karena Pasal 92.' },
          { label: 'Tanggapan atas keberatan', date: '2026-11-23', text: 'Pasal 92 tidak mengatur ini.' },
        ],
      });
      expect(table.rows[1]).toMatchObject({
        id: 'd1', disposition: 'diterima', response: 'Baik, sekarang.', verdict: 'menerima tanggapan',
        history: [
          { label: 'Tanggapan sebelumnya', text: 'Nanti.' },
          { label: 'Keberatan', text: 'Sekarang.', recorded: 'dicatat oleh Tim Penyusun: surat 3 Desember' },
        ],
      });
      const summary = (await build(baseGuideline(), { comments: { mode: 'summary', threads: new Threads([...log, record({ id: 'e1', act: 'comment', status: undefined }),
        act({ id: 'e2', act: 'answer', thread: 'e1', disposition: 'dicatat', response: 'x' }), act({ id: 'e3', act: 'object', thread: 'e1', answer: 'e2', text: 'y', author: rina })]) } })).doc
        .appendices.find((a) => a.kind === 'commentSummary');
      if (summary?.kind !== 'commentSummary') throw new Error('no summary');
      expect(summary.totals).toMatchObject({ total: 3, open: 0, objected: 1, resolved: 2 });
    });

    it('shows every reply of a thread, replies to replies too (c1 ← c2 ← c3), in reading order', async () => {
      const chain = [
        record({ id: 'c1', section: 'pengertian', item: 'pemasyarakatan', text: 'Pertama.' }),
        record({ id: 'c2', section: 'pengertian', reply_to: 'c1', author: { name: 'Budi' }, created: '2026-11-21T00:00:00Z', text: 'Kedua.' }),
        record({ id: 'c3', section: 'pengertian', reply_to: 'c2', author: { name: 'Rina' }, created: '2026-11-22T00:00:00Z', text: 'Ketiga.' }),
      ];
      const { doc } = await build(baseGuideline(), { comments: { mode: 'table', threads: new Threads(chain) } });
      const table = doc.appendices.find((a) => a.kind === 'commentTable');
      if (table?.kind !== 'commentTable') throw new Error('no comment table');
      expect(table.rows.map((r) => r.id)).toEqual(['c1']);
      expect(table.rows[0]!.replies.map((r) => r.text)).toEqual(['Kedua.', 'Ketiga.']);
    });

    it('counts comments per chapter by status and disposition', async () => {
      const { doc } = await build(baseGuideline(), { comments: { mode: 'summary', threads: new Threads(records) } });
      const summary = doc.appendices.find((a) => a.kind === 'commentSummary');
      if (summary?.kind !== 'commentSummary') throw new Error('no summary');
      expect(summary.columns).toEqual(['diterima', 'diterima sebagian', 'tidak diterima', 'ditunda', 'dicatat', 'dijawab', 'belum diputuskan']);
      expect(summary.rows.map((r) => [r.section, r.total, r.open, r.resolved, r.dispositions.join('')])).toEqual([
        ['BAB I Pendahuluan', 1, 1, 0, '0000001'],
        ['BAB II Pengertian', 1, 1, 0, '0000001'],
        ['BAB IV Mekanisme', 1, 0, 1, '0100000'],
      ]);
      expect(summary.totals).toMatchObject({ total: 3, open: 2, resolved: 1 });
      expect(doc.appendices.some((a) => a.kind === 'commentTable')).toBe(false);
    });
  });
});
