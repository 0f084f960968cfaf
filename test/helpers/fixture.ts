// Builds small guidelines in temp folders for tests. `baseGuideline()` validates clean;
// tests change one thing and expect one finding.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

export type Files = Record<string, unknown>;

/** A small valid guideline as plain objects keyed by relative path. */
export function baseGuideline(): Files {
  return {
    'pedoman.yaml': {
      id: 'pedoman-uji',
      title: 'Pedoman Uji',
      version: '0.1.0',
      status: 'draft',
      language: 'id',
      legal_basis: [
        {
          id: 'uu-22-2022',
          citation: 'Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan',
          provisions: [
            { id: 'pasal-92-a', label: 'Pasal 92 huruf a', text: 'mengajukan usul program Pemasyarakatan' },
            { id: 'pasal-92-b', label: 'Pasal 92 huruf b', text: 'membantu pelaksanaan program Pemasyarakatan' },
          ],
        },
      ],
      levels: [
        { id: 'pusat', name: 'Kantor Pusat' },
        { id: 'kanwil', name: 'Kantor Wilayah', parent: 'pusat' },
        { id: 'upt', name: 'UPT Pemasyarakatan', parent: 'kanwil' },
      ],
      authorities: [
        { id: 'direktur-jenderal', name: 'Direktur Jenderal Pemasyarakatan', level: 'pusat' },
        { id: 'kepala-upt', name: 'Kepala UPT Pemasyarakatan', level: 'upt' },
      ],
      stakeholders: [
        { id: 'keluarga', name: 'Keluarga' },
        { id: 'akademisi', name: 'Akademisi' },
      ],
      sections: ['pendahuluan', 'pengertian', 'peran', 'mekanisme', 'indikator'],
    },
    'sections/pendahuluan.yaml': {
      kind: 'narrative',
      id: 'pendahuluan',
      title: 'Pendahuluan',
      items: [{ id: 'latar-belakang', title: 'Latar Belakang', text: 'Peran Serta Masyarakat diatur dalam Pasal 92.' }],
    },
    'sections/pengertian.yaml': {
      kind: 'terms',
      id: 'pengertian',
      title: 'Pengertian',
      items: [
        {
          id: 'peran-serta-masyarakat',
          term: 'Peran Serta Masyarakat',
          definition: 'keikutsertaan masyarakat dalam penyelenggaraan fungsi Pemasyarakatan.',
          source: { citation: 'Pedoman ini' },
        },
        {
          id: 'pemasyarakatan',
          term: 'Pemasyarakatan',
          definition: 'subsistem peradilan pidana yang menyelenggarakan penegakan hukum di bidang perlakuan terhadap tahanan, anak, dan warga binaan.',
          source: { citation: 'UU 22/2022 Pasal 1 angka 1', verbatim: true },
        },
      ],
    },
    'sections/peran.yaml': {
      kind: 'roles',
      id: 'peran',
      title: 'Peran',
      items: [
        {
          id: 'duta-pusat',
          name: 'Duta Kerja Sama Kantor Pusat',
          type: 'duta-kerja-sama',
          level: 'pusat',
          appointment: { by: 'direktur-jenderal', instrument: 'Keputusan Direktur Jenderal Pemasyarakatan' },
          duties: ['merumuskan kebijakan Peran Serta Masyarakat'],
        },
        {
          id: 'duta-upt',
          name: 'Duta Kerja Sama UPT',
          type: 'duta-kerja-sama',
          level: 'upt',
          appointment: { by: 'kepala-upt', instrument: 'Keputusan Kepala UPT' },
          duties: ['melaksanakan program di UPT'],
          reports_to: 'duta-pusat',
        },
      ],
    },
    'sections/mekanisme.yaml': {
      kind: 'mechanisms',
      id: 'mekanisme',
      title: 'Mekanisme',
      items: [
        {
          id: 'usul-program',
          name: 'Usul Program',
          implements: ['pasal-92-a'],
          description: 'Masyarakat mengajukan usul program Pemasyarakatan.',
          stakeholders: ['keluarga'],
          levels: ['upt'],
          responsible: ['duta-upt'],
          steps: ['menerima usul', 'menilai usul'],
        },
      ],
    },
    'sections/indikator.yaml': {
      kind: 'indicators',
      id: 'indikator',
      title: 'Indikator',
      items: [
        {
          id: 'ind-usul',
          code: 'IK-01',
          indicator: 'Jumlah usul program yang diterima',
          unit: 'usulan',
          baseline: { value: 0, year: 2025 },
          targets: [{ year: 2027, value: 20 }],
          direction: 'naik',
          frequency: 'triwulanan',
          data_source: 'register usul program UPT',
          responsible: 'duta-upt',
          measures: ['usul-program'],
        },
      ],
    },
  };
}

const made: string[] = [];

/**
 * Writes files (objects become YAML, strings are written as they are) to a new temp folder. The
 * manifest and section files written from objects open with their schema modeline, as
 * `pedoman init` writes them (`modelines: false` leaves it out).
 */
export async function writeGuideline(files: Files, options: { modelines?: boolean } = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'pedoman-test-'));
  made.push(root);
  for (const [rel, content] of Object.entries(files)) {
    if (content === undefined) continue;
    const path = join(root, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, typeof content === 'string' || content instanceof Uint8Array ? content : toYaml(content, options.modelines === false ? undefined : rel));
  }
  return root;
}

/** YAML text of a value; given the file's path in the guideline, with the schema modeline of a manifest or section file. */
export function toYaml(value: unknown, rel?: string): string {
  const line = rel === undefined ? undefined : modelineFor(rel, value);
  return (line ? `${line}\n` : '') + stringify(value, { lineWidth: 0 });
}

/** The schema modeline of a manifest (pedoman.yaml) or section file (sections/*.yaml) of a guideline; undefined for other files. */
export function modelineFor(rel: string, value: unknown): string | undefined {
  if (rel === 'pedoman.yaml') return '# yaml-language-server: $schema=../schemas/manifest.schema.json';
  if (!/^sections\/[^/]+\.yaml$/.test(rel)) return undefined;
  const kind = value !== null && typeof value === 'object' ? (value as { kind?: unknown }).kind : undefined;
  if (typeof kind !== 'string') return undefined;
  return `# yaml-language-server: $schema=../../schemas/${kind === 'metrics' ? 'indicators' : kind}.schema.json`;
}

export async function cleanupGuidelines(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Deep clone plus a mutation, for "change one thing" tests. */
export function variant(mutate: (files: Files & Record<string, any>) => void): Files {
  const files = structuredClone(baseGuideline()) as Files & Record<string, any>;
  mutate(files);
  return files;
}
