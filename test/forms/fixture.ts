// A small guideline with annexes: a forms annex and a narrative annex with a Markdown table.
import { variant, type Files } from '../helpers/fixture.js';

export const FORMS_SECTION = {
  kind: 'forms',
  id: 'lampiran-format',
  title: 'Format Administrasi',
  status: 'draft',
  items: [
    {
      id: 'format-pendaftaran',
      title: 'Format Pendaftaran Sahabat Pemasyarakatan',
      purpose: 'Diisi oleh calon Sahabat Pemasyarakatan dan diserahkan kepada Duta Kerja Sama UPT.',
      used_in: ['usul-program', 'duta-upt'],
      fields: [
        { heading: 'A. Data Diri' },
        { label: 'Nama lengkap', type: 'text', required: true, hint: 'sesuai KTP' },
        { label: 'Tanggal lahir', type: 'date' },
        { label: 'Alamat', type: 'long-text', lines: 2 },
        { label: 'Jumlah anggota', type: 'number' },
        { label: 'Bentuk peran serta', type: 'choice', options: ['usul program', 'bantuan program'] },
        { label: 'Saya menyetujui kode etik', type: 'checkbox' },
        { heading: 'B. Riwayat Kegiatan' },
        { label: 'Kegiatan sebelumnya', type: 'table', columns: ['No.', 'Kegiatan', 'Tahun'], rows: 2 },
      ],
      signatures: [
        { role: 'Duta Kerja Sama UPT', side: 'left', nip: true, place_date: false },
        { role: 'Pendaftar' },
      ],
      sources: [{ citation: 'Ditjenpas, Contoh Sumber, 2025', url: 'https://www.ditjenpas.go.id/', accessed: '2026-12-02' }],
    },
    {
      id: 'format-keputusan',
      title: 'Format Keputusan Kepala UPT Pemasyarakatan',
      purpose: 'Dipakai Kepala UPT untuk menunjuk Duta Kerja Sama UPT.',
      body: 'KEPUTUSAN KEPALA ……\n\nNOMOR ……\n\nMenunjuk Saudara …… sebagai Duta Kerja Sama.',
      signatures: [{ role: 'Kepala UPT Pemasyarakatan', nip: true }],
    },
  ],
};

export const RISK_SECTION = {
  kind: 'narrative',
  id: 'lampiran-risiko',
  title: 'Daftar Risiko',
  items: [
    {
      id: 'daftar-risiko',
      title: 'Daftar Risiko',
      text: 'Risiko utama:\n\n| Risiko | Kemungkinan | Pengendalian |\n| --- | --- | --- |\n| Kebocoran data | Sedang | Akses dibatasi |\n| Pemerasan | Rendah | Tidak ada uang tunai |\n',
    },
  ],
};

/** The base guideline with two annexes: the forms, then the risk register. */
export function annexGuideline(mutate?: (files: Files & Record<string, any>) => void): Files {
  return variant((f) => {
    f['pedoman.yaml'].annexes = ['lampiran-format', 'lampiran-risiko'];
    f['sections/lampiran-format.yaml'] = structuredClone(FORMS_SECTION);
    f['sections/lampiran-risiko.yaml'] = structuredClone(RISK_SECTION);
    mutate?.(f);
  });
}
