// Messages of the machine-readable formatters (GitHub job summary, JUnit), in English and Indonesian.
import type { Catalog } from '../index.js';

export const format = {
  en: {
    'format.summary.title': 'Guideline check',
    'format.summary.clean': 'No problems found in {path}.',
    'format.summary.severity': 'Severity',
    'format.summary.count': 'Count',
    'format.summary.location': 'Location',
    'format.summary.rule': 'Rule',
    'format.summary.message': 'Message',
    'format.summary.truncated': '{count} more finding(s) not shown here; run pedoman validate locally to see them all.',
    'format.junit.clean': 'no problems found',
  },
  id: {
    'format.summary.title': 'Pemeriksaan pedoman',
    'format.summary.clean': 'Tidak ada masalah di {path}.',
    'format.summary.severity': 'Tingkat',
    'format.summary.count': 'Jumlah',
    'format.summary.location': 'Lokasi',
    'format.summary.rule': 'Aturan',
    'format.summary.message': 'Pesan',
    'format.summary.truncated': '{count} masalah lainnya tidak ditampilkan di sini; jalankan pedoman validate di komputer Anda untuk melihat semuanya.',
    'format.junit.clean': 'tidak ada masalah',
  },
} satisfies Catalog;
