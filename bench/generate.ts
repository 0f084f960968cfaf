// Writes one synthetic guideline for the benchmark: a manifest, section files of every kind
// and review comments, as a real draft has them (ids, references, metrics, threads of replies,
// resolutions), valid against the schemas and the rules. A fixed seed gives byte-identical
// files, so runs on different days and machines compare.
import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ulid } from 'ulid';
import { stringify } from 'yaml';
import { actToYaml } from '../src/comments/record.js';
import type { CommentType, Disposition, Person, StoredAct } from '../src/model/comment-types.js';
import { COMMENTS_DIR, MANIFEST_FILE, SECTIONS_DIR } from '../src/model/locate.js';
import type { Manifest, Mechanism, Indicator, NarrativeItem, Role, Term } from '../src/model/types.js';
import { sectionFingerprint } from '../src/tracking/fingerprint.js';
import { REVIEWS_DIR, reviewToYaml } from '../src/tracking/reviews.js';
import type { ReviewRecord } from '../src/model/review-types.js';
import { seeded, type Random } from './random.js';
import { capitalise, slug, TextMaker } from './text.js';
import { type SectionKind } from '../src/model/kinds.js';

export interface GenerateOptions {
  /** Items in the whole guideline, over every section kind. */
  items: number;
  /** Review comments per item (a share of them replies to others). */
  commentsPerItem: number;
  seed: number;
  /** Items per section file. */
  sectionSize?: number;
}

export const DEFAULT_SEED = 20260707;

/** A problem with the options (exit 2), as opposed to a failure while writing. */
export class OptionError extends Error {}
export const DEFAULT_SECTION_SIZE = 50;
/** Fewer items cannot hold one section of each kind with a role at every level. */
export const MIN_ITEMS = 12;

/** What was generated: file texts keyed by path relative to the guideline root, in writing order. */
export interface GeneratedGuideline {
  files: Map<string, string>;
  /** `comments`: comments and replies; `acts`: every file of the review log (answers, verdicts, overrulings too). */
  counts: Record<SectionKind, number> & { sections: number; comments: number; acts: number; reviews: number };
  /** The review log's acts and the review stamps, as written (for a git history of them: history.ts). */
  acts: StoredAct[];
  reviews: ReviewRecord[];
}

type AnyItem = NarrativeItem | Term | Role | Mechanism | Indicator;

interface GeneratedSection {
  kind: SectionKind;
  id: string;
  title: string;
  status?: 'draft' | 'review' | 'approved';
  intro?: string;
  items: AnyItem[];
}

const LEVELS = [
  { id: 'pusat', name: 'Kantor Pusat', short: 'Pusat', authority: 'direktur-jenderal' },
  { id: 'kanwil', name: 'Kantor Wilayah Direktorat Jenderal Pemasyarakatan', short: 'Kanwil', authority: 'kepala-kanwil' },
  { id: 'upt', name: 'Unit Pelaksana Teknis Pemasyarakatan', short: 'UPT', authority: 'kepala-upt' },
] as const;

const AUTHORITIES = [
  { id: 'menteri', name: 'Menteri Imigrasi dan Pemasyarakatan', level: 'pusat', instrument: 'Keputusan Menteri Imigrasi dan Pemasyarakatan' },
  { id: 'direktur-jenderal', name: 'Direktur Jenderal Pemasyarakatan', level: 'pusat', instrument: 'Keputusan Direktur Jenderal Pemasyarakatan' },
  { id: 'kepala-kanwil', name: 'Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan', level: 'kanwil', instrument: 'Keputusan Kepala Kantor Wilayah' },
  { id: 'kepala-upt', name: 'Kepala Unit Pelaksana Teknis Pemasyarakatan', level: 'upt', instrument: 'Keputusan Kepala UPT Pemasyarakatan' },
] as const;

const STAKEHOLDERS = [
  ['keluarga', 'Keluarga'], ['komunitas', 'Komunitas'], ['tokoh-agama', 'Tokoh Agama dan Lembaga Keagamaan'],
  ['tokoh-masyarakat', 'Tokoh Masyarakat dan Tokoh Adat'], ['media', 'Media'], ['akademisi', 'Akademisi dan Lembaga Penelitian'],
  ['lsm', 'Lembaga Swadaya Masyarakat'], ['dunia-usaha', 'Dunia Usaha'], ['pemerintah-daerah', 'Pemerintah Daerah'],
  ['mitra-internasional', 'Mitra Internasional'],
] as const;

const PROVISIONS = [
  ['pasal-92-a', 'Pasal 92 huruf a', 'mengajukan usul program Pemasyarakatan;'],
  ['pasal-92-b', 'Pasal 92 huruf b', 'membantu pelaksanaan program Pemasyarakatan;'],
  ['pasal-92-c', 'Pasal 92 huruf c', 'berpartisipasi dalam pembimbingan mantan Narapidana dan Anak Binaan; dan/atau'],
  ['pasal-92-d', 'Pasal 92 huruf d', 'melakukan penelitian mengenai Pemasyarakatan.'],
  ['pasal-89-1', 'Pasal 89 ayat (1)', 'Dalam rangka pelaksanaan tugas Pemasyarakatan, menteri/pimpinan lembaga dapat mengadakan kerja sama dengan kementerian, pemerintah daerah, lembaga, dan perorangan.'],
  ['pasal-91', 'Pasal 91', 'Setiap pimpinan satuan kerja Pemasyarakatan menerapkan prinsip koordinasi, integrasi, dan sinkronisasi.'],
] as const;
const REQUIRED_PROVISIONS = ['pasal-92-a', 'pasal-92-b', 'pasal-92-c', 'pasal-92-d'];

/** Existing programmes in real words that generated roles and mechanisms never use. */
const PROGRAMMES = [
  {
    id: 'pokmas-lipas',
    name: 'Kelompok Masyarakat Peduli Pemasyarakatan',
    abbreviation: 'Pokmas Lipas',
    legal_basis: 'Keputusan Direktur Jenderal Pemasyarakatan Nomor PAS-06.OT.02.02 Tahun 2020',
    owner: 'Direktorat Pembimbingan Kemasyarakatan',
    levels: ['upt'],
    scope: 'Kelompok mitra yang dibentuk pada Bapas dan berperan serta dalam Pembimbingan Kemasyarakatan terhadap Klien, termasuk penjaminan, pengawasan, dan penyaluran Klien kepada tempat kerja.',
  },
  {
    id: 'pk-sukarela',
    name: 'Pembimbing Kemasyarakatan Sukarela',
    legal_basis: 'Peraturan Menteri tentang Pembimbing Kemasyarakatan',
    owner: 'Direktorat Pembimbingan Kemasyarakatan',
    levels: ['upt'],
    drawn_from: 'pokmas-lipas',
    scope: 'Relawan terlatih yang membantu Pembimbing Kemasyarakatan menyusun penelitian kemasyarakatan, melakukan kunjungan rumah, dan mendampingi Klien dewasa maupun Klien Anak.',
  },
];

const ROLE_TYPES = [
  ['duta-kerja-sama', 'Duta Kerja Sama'], ['penghubung', 'Penghubung'], ['fasilitator', 'Fasilitator'],
  ['pengelola-data', 'Pengelola Data'], ['pengawas', 'Pengawas'], ['sekretariat', 'Sekretariat'],
] as const;
const TERM_HEADS = ['Sahabat', 'Forum', 'Layanan', 'Mitra', 'Jejaring', 'Kelompok', 'Dewan', 'Balai', 'Gerakan', 'Kader', 'Relawan', 'Rumah'];
const UNITS = ['persen', 'kegiatan', 'orang', 'dokumen', 'mitra'];
const FREQUENCIES = ['bulanan', 'triwulanan', 'semesteran', 'tahunan'] as const;
const COMMENT_TYPES: CommentType[] = ['umum', 'substansi', 'redaksional', 'pertanyaan'];
const DISPOSITIONS: Disposition[] = ['diterima', 'diterima-sebagian', 'tidak-diterima', 'ditunda', 'dicatat'];
const FIRST_NAMES = ['Ahmad', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fitri', 'Gita', 'Hendra', 'Indah', 'Joko', 'Kartika', 'Lestari', 'Made', 'Nur', 'Putu', 'Rina', 'Sari', 'Taufik', 'Wayan', 'Yusuf'];
const LAST_NAMES = ['Hidayat', 'Santoso', 'Wijaya', 'Saputra', 'Nasution', 'Siregar', 'Pratama', 'Kusuma', 'Lubis', 'Harahap', 'Wibowo', 'Setiawan'];
const AFFILIATIONS = [
  'Kanwil Jawa Barat', 'Kanwil Jawa Timur', 'Kanwil Sumatera Utara', 'Kanwil Sulawesi Selatan', 'Kanwil Bali', 'Kanwil Papua',
  'Lapas Kelas I Cipinang', 'Rutan Kelas I Medan', 'Bapas Kelas I Bandung', 'LPKA Kelas I Tangerang', 'Lapas Perempuan Kelas IIA Semarang',
  'Direktorat Pembimbingan Kemasyarakatan', 'Direktorat Pembinaan Narapidana dan Anak Binaan', 'UNODC',
];
const DRAFTERS: Person[] = [
  { name: 'Tim Perumus', affiliation: 'Direktorat Teknologi Informasi dan Kerja Sama Pemasyarakatan' },
  { name: 'Rina Kusuma', email: 'rina.kusuma@example.go.id', affiliation: 'Subdirektorat Kerja Sama' },
];
export const GUIDELINE_TITLE = 'Pedoman Sintetis untuk Uji Kinerja';
/** The manifest's language: commit messages are written in it, as pedoman writes them. */
export const GUIDELINE_LANGUAGE = 'id';
/** The drafting team, who commit the guideline itself (history.ts). */
export const DRAFTING_TEAM: Person = DRAFTERS[0]!;
/** Comments start on this day; each one is made some minutes after the one before. */
export const COMMENTS_START = Date.UTC(2026, 0, 5, 1, 0, 0);

/**
 * Builds the guideline in memory. Every list is drawn from one seeded generator in one fixed
 * order, so the same options give the same bytes.
 */
export function buildGuideline(options: GenerateOptions): GeneratedGuideline {
  const total = Math.floor(options.items);
  if (!Number.isFinite(total) || total < MIN_ITEMS) throw new OptionError(`--items must be at least ${MIN_ITEMS}`);
  const perItem = Math.floor(options.commentsPerItem);
  if (!Number.isFinite(perItem) || perItem < 0) throw new OptionError('--comments-per-item must be 0 or more');
  const sectionSize = Math.max(1, Math.floor(options.sectionSize ?? DEFAULT_SECTION_SIZE));
  const random = seeded(options.seed);
  // Heaps' law: the vocabulary of a text grows with the square root of its length (~80 words an item).
  const text = new TextMaker(random, { vocabulary: Math.max(1500, Math.round(40 * Math.sqrt(total * 80))) });

  const counts = splitCounts(total);
  const terms = makeTerms(counts.terms, random, text);
  // Each term is used, in its defined spelling, in prose of other sections (term-unused, term-spelling).
  let nextTerm = 0;
  const termUse = () => terms[nextTerm++ % terms.length]!.term;
  const roles = makeRoles(counts.roles, random, text, termUse);
  const mechanisms = makeMechanisms(counts.mechanisms, random, text, termUse, roles);
  const metrics = makeMetrics(counts.indicators, random, text, mechanisms, roles);
  const narrative = makeNarrative(counts.narrative, random, text, termUse);

  const chunks = (kind: SectionKind, base: string, title: string, items: AnyItem[]): GeneratedSection[] => {
    const out: GeneratedSection[] = [];
    for (let i = 0; i < items.length; i += sectionSize) {
      const n = out.length + 1;
      const section: GeneratedSection = {
        kind,
        id: `${base}-${String(n).padStart(3, '0')}`,
        title: `${title} ${text.title(2)}`,
        items: items.slice(i, i + sectionSize),
      };
      const status = random.next();
      if (status < 0.25) section.status = 'review';
      else if (status < 0.35) section.status = 'approved';
      else section.status = 'draft';
      if (random.chance(0.5)) section.intro = text.paragraph(2);
      out.push(section);
    }
    return out;
  };
  const narrativeSections = chunks('narrative', 'bab', 'Bab', narrative);
  const closing = narrativeSections.length > 1 ? narrativeSections.pop()! : undefined;
  const sections = [
    ...narrativeSections,
    ...chunks('terms', 'pengertian', 'Pengertian', terms),
    ...chunks('roles', 'kelembagaan', 'Kelembagaan', roles),
    ...chunks('mechanisms', 'mekanisme', 'Mekanisme', mechanisms),
    ...chunks('indicators', 'indikator', 'Indikator', metrics),
    ...(closing ? [closing] : []),
  ];

  const files = new Map<string, string>();
  files.set(MANIFEST_FILE, `# yaml-language-server: $schema=../schemas/manifest.schema.json\n${stringify(manifest(sections), { lineWidth: 100 })}`);
  for (const section of sections) {
    const { kind, ...data } = section;
    const body = stringify({ kind, ...data }, { lineWidth: 100 });
    files.set(`${SECTIONS_DIR}/${section.id}.yaml`, `# yaml-language-server: $schema=../../schemas/${kind}.schema.json\n${body}`);
  }
  const comments = makeComments(sections, perItem, random, text);
  for (const comment of comments) files.set(`${COMMENTS_DIR}/${comment.section}/${comment.id}.yaml`, actToYaml(comment));
  const reviews = makeReviews(sections, random, text);
  for (const review of reviews) files.set(`${REVIEWS_DIR}/${review.section}/${review.id}.yaml`, reviewToYaml(review));

  return {
    files,
    counts: {
      ...counts, sections: sections.length, comments: comments.filter((a) => a.act === 'comment' || a.act === 'reply').length, acts: comments.length, reviews: reviews.length,
    },
    acts: comments,
    reviews,
  };
}

/** Writes the guideline to `out`, which must not exist or be empty; all at once (a temporary folder renamed into place). */
export async function writeGuideline(out: string, generated: GeneratedGuideline): Promise<void> {
  const target = resolve(out);
  const existing = await readdir(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing && existing.length > 0) throw new OptionError(`${out} is not empty; choose a new folder (nothing was written)`);
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  await rm(temp, { recursive: true, force: true });
  try {
    const folders = new Set<string>();
    for (const rel of generated.files.keys()) folders.add(dirname(join(temp, rel)));
    for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
    const entries = [...generated.files];
    let next = 0;
    const worker = async () => {
      while (next < entries.length) {
        const [rel, body] = entries[next++]!;
        await writeFile(join(temp, rel), body);
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    if (existing) await rmdir(target);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

export async function generateGuideline(out: string, options: GenerateOptions): Promise<GeneratedGuideline> {
  const generated = buildGuideline(options);
  await writeGuideline(out, generated);
  return generated;
}

// ---------------------------------------------------------------------------------------------
// Items

function splitCounts(total: number): Record<SectionKind, number> {
  const terms = Math.max(2, Math.round(total * 0.1));
  const roles = Math.max(3, Math.round(total * 0.2));
  const narrative = Math.max(1, Math.round(total * 0.1));
  const rest = total - terms - roles - narrative;
  const mechanisms = Math.max(1, Math.floor(rest / 2));
  // At least as many metrics as mechanisms, so that every mechanism is measured.
  return { narrative, terms, roles, mechanisms, indicators: rest - mechanisms, forms: 0 };
}

function makeTerms(count: number, random: Random, text: TextMaker): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < count; i++) {
    const term = `${random.pick(TERM_HEADS)} ${capitalise(text.termWord())}`;
    const item: Term = { id: slug(term), term, definition: text.sentence(12, 24).replace(/^./, (c) => c.toLowerCase()) };
    if (random.chance(0.3)) item.abbreviation = text.acronym();
    item.source = random.chance(0.2)
      ? { citation: `UU 22/2022 Pasal 1 angka ${random.int(1, 40)}`, verbatim: true }
      : { citation: 'Pedoman ini' };
    if (i > 0 && random.chance(0.1)) {
      item.distinct_from = [out[i - 1]!.id];
      item.boundary = text.sentence(10, 18);
    }
    if (random.chance(0.1)) item.avoid = [`${text.avoidWord()} ${text.avoidWord()}`];
    if (random.chance(0.03)) item.open_questions = [`${text.sentence(8, 14).slice(0, -1)}?`];
    out.push(item);
  }
  return out;
}

function makeRoles(count: number, random: Random, text: TextMaker, termUse: () => string): Role[] {
  const out: Role[] = [];
  const byLevel = new Map<string, Role[]>(LEVELS.map((l) => [l.id, []]));
  for (let i = 0; i < count; i++) {
    const level = LEVELS[i % LEVELS.length]!;
    const peers = byLevel.get(level.id)!;
    // The first role of each level is its Duta Kerja Sama (the ruleset requires one per level).
    const [type, typeName] = peers.length === 0 ? ROLE_TYPES[0] : random.pick(ROLE_TYPES.slice(1));
    const name = `${typeName} ${text.title(2)} ${level.short}`;
    const topic = `${text.topicWord()} ${text.topicWord()}`;
    const authority = AUTHORITIES.find((a) => a.id === level.authority)!;
    // Mostly appointed by the level's authority; sometimes by a role of the same level or above.
    const above = out.slice(-30).filter((r) => LEVELS.findIndex((l) => l.id === r.level) <= LEVELS.indexOf(level));
    const byRole = above.length > 0 && random.chance(0.15) ? random.pick(above) : undefined;
    const role: Role = {
      id: `${slug(name)}-${i + 1}`,
      name,
      type,
      level: level.id,
      description: text.paragraph(random.int(1, 2), [termUse()]),
      appointment: {
        by: byRole?.id ?? authority.id,
        instrument: byRole ? `Surat Tugas ${byRole.name}` : authority.instrument,
        term: `${random.int(1, 3)} tahun dan dapat ditunjuk kembali`,
        criteria: Array.from({ length: random.int(1, 3) }, () => text.sentence(6, 12)),
      },
      // Each role's duties are about its own topic, as real duties are: duties of different roles
      // then share only common words and never read alike (duty-duplicate) by chance.
      duties: Array.from({ length: random.int(3, 6) }, () => `${text.sentence(8, 16).slice(0, -1)} ${topic}.`),
      reports_to: byRole?.id ?? authority.id,
    };
    if (random.chance(0.03)) {
      role.relations = [{ to: random.pick(PROGRAMMES).id, kind: 'coordinates', note: text.sentence(10, 16) }];
    }
    if (peers.length > 0 && random.chance(0.02)) {
      role.divides_work_with = [{ role: peers[peers.length - 1]!.id, note: text.sentence(10, 16) }];
    }
    if (random.chance(0.02)) role.open_questions = [`${text.sentence(8, 14).slice(0, -1)}?`];
    peers.push(role);
    out.push(role);
  }
  return out;
}

function makeMechanisms(count: number, random: Random, text: TextMaker, termUse: () => string, roles: readonly Role[]): Mechanism[] {
  const byLevel = new Map<string, Role[]>(LEVELS.map((l) => [l.id, roles.filter((r) => r.level === l.id)]));
  const patterns = [['upt'], ['kanwil', 'upt'], ['pusat', 'kanwil', 'upt'], ['pusat'], ['kanwil']];
  const out: Mechanism[] = [];
  for (let i = 0; i < count; i++) {
    const name = `Mekanisme ${text.title(random.int(2, 3))}`;
    // The first mechanisms implement the provisions the ruleset requires; the rest one or two at random.
    const implementsIds = i < REQUIRED_PROVISIONS.length
      ? [REQUIRED_PROVISIONS[i]!]
      : random.sample(PROVISIONS.map((p) => p[0]), random.int(1, 2));
    const levels = random.pick(patterns);
    // Exactly one responsible role per level at which it runs (responsibility-gap).
    const responsible = levels.map((l) => random.pick(byLevel.get(l)!).id);
    const mechanism: Mechanism = {
      id: `${slug(name)}-${i + 1}`,
      name,
      implements: implementsIds,
      description: text.paragraph(random.int(1, 3), [termUse()]),
      stakeholders: random.sample(STAKEHOLDERS.map((s) => s[0]), random.int(1, 3)),
      levels: [...levels],
      responsible,
      steps: Array.from({ length: random.int(3, 6) }, () => text.sentence(8, 18)),
      outputs: Array.from({ length: random.int(1, 2) }, () => capitalise(text.words(random.int(2, 4)))),
    };
    if (random.chance(0.03)) {
      mechanism.relations = [{ to: random.pick(PROGRAMMES).id, kind: random.pick(['complements', 'coordinates'] as const), note: text.sentence(10, 16) }];
    }
    if (random.chance(0.02)) mechanism.open_questions = [`${text.sentence(8, 14).slice(0, -1)}?`];
    out.push(mechanism);
  }
  return out;
}

function makeMetrics(count: number, random: Random, text: TextMaker, mechanisms: readonly Mechanism[], roles: readonly Role[]): Indicator[] {
  const out: Indicator[] = [];
  for (let i = 0; i < count; i++) {
    const mechanism = mechanisms[i % mechanisms.length]!;
    const baselineKnown = random.chance(0.95);
    const start = random.int(0, 60);
    const metric: Indicator = {
      id: `indikator-${slug(text.words(2))}-${i + 1}`,
      code: `IK-${String(i + 1).padStart(4, '0')}`,
      indicator: `Persentase ${text.words(random.int(3, 6))}`,
      definition: `Jumlah ${text.words(3)} dibagi jumlah ${text.words(3)} dikali 100%.`,
      unit: random.pick(UNITS),
      baseline: baselineKnown ? { value: start, year: 2025 } : { value: null, note: text.sentence(6, 10) },
      targets: [{ year: 2026, value: start + random.int(5, 15) }, { year: 2027, value: start + random.int(16, 30) }],
      direction: 'naik',
      frequency: random.pick(FREQUENCIES),
      data_source: `Laporan ${text.words(2)}`,
      responsible: mechanism.responsible?.[0] ?? random.pick(roles).id,
      measures: [mechanism.id],
    };
    if (random.chance(0.02)) metric.open_questions = [`${text.sentence(8, 14).slice(0, -1)}?`];
    out.push(metric);
  }
  return out;
}

function makeNarrative(count: number, random: Random, text: TextMaker, termUse: () => string): NarrativeItem[] {
  const out: NarrativeItem[] = [];
  for (let i = 0; i < count; i++) {
    const title = text.title(random.int(2, 4));
    const paragraphs = [text.paragraph(random.int(2, 4), [termUse()])];
    if (random.chance(0.3)) {
      paragraphs.push(Array.from({ length: random.int(2, 4) }, (_, k) => `${k + 1}. ${text.words(random.int(5, 10))};`).join('\n'));
    }
    if (random.chance(0.5)) paragraphs.push(`**${capitalise(text.words(2))}**: ${text.paragraph(random.int(1, 3))}`);
    const item: NarrativeItem = { id: `${slug(title)}-${i + 1}`, title, text: `${paragraphs.join('\n\n')}\n` };
    if (random.chance(0.02)) item.open_questions = [`${text.sentence(8, 14).slice(0, -1)}?`];
    out.push(item);
  }
  return out;
}

function manifest(sections: readonly GeneratedSection[]): Manifest {
  return {
    id: 'pedoman-sintetis',
    title: GUIDELINE_TITLE,
    subtitle: 'Dibangkitkan oleh npm run bench:generate; bukan rancangan sebenarnya',
    issuer: 'Direktorat Jenderal Pemasyarakatan',
    version: '0.1.0',
    status: 'draft',
    language: GUIDELINE_LANGUAGE,
    date: '2026-07-07',
    legal_basis: [
      {
        id: 'uu-22-2022',
        citation: 'Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan',
        short: 'UU Pemasyarakatan',
        provisions: PROVISIONS.map(([id, label, text]) => ({ id, label, text })),
      },
    ],
    levels: LEVELS.map((l, i) => (i === 0 ? { id: l.id, name: l.name } : { id: l.id, name: l.name, parent: LEVELS[i - 1]!.id })),
    authorities: AUTHORITIES.map(({ id, name, level }) => ({ id, name, level })),
    stakeholders: STAKEHOLDERS.map(([id, name]) => ({ id, name })),
    existing_programmes: PROGRAMMES.map((p) => ({ ...p, levels: [...p.levels] })),
    sections: sections.map((s) => s.id),
    rules: {
      'role-required-per-level': {
        severity: 'error',
        options: { require: Object.fromEntries(LEVELS.map((l) => [l.id, ['duta-kerja-sama']])) },
      },
      'provision-implemented': { severity: 'error', options: { provisions: [...REQUIRED_PROVISIONS] } },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Comments and reviews

/** The review log: comments and replies, and for some threads an answer, the commenter's verdict on it, an objection overruled. */
function makeComments(sections: readonly GeneratedSection[], perItem: number, random: Random, text: TextMaker): StoredAct[] {
  const people: Person[] = Array.from({ length: 60 }, (_, i) => {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`;
    const person: Person = { name, affiliation: AFFILIATIONS[i % AFFILIATIONS.length]! };
    if (i % 3 === 0) person.email = `${slug(name).replace(/-/g, '.')}@example.go.id`;
    return person;
  });
  const out: StoredAct[] = [];
  let clock = COMMENTS_START;
  const id = (time: number) => ulid(time, () => random.next()).toLowerCase();
  const stamp = (time: number) => new Date(time).toISOString();

  for (const section of sections) {
    for (const item of section.items) {
      const thread: StoredAct[] = [];
      const prose = proseOfItem(item);
      for (let k = 0; k < perItem; k++) {
        clock += random.int(1, 300) * 1000;
        const parent = thread.length > 0 && random.chance(0.35) ? random.pick(thread) : undefined;
        const type = parent ? 'pertanyaan' : random.pick(COMMENT_TYPES);
        const comment: StoredAct = {
          id: id(clock),
          section: section.id,
          act: parent ? 'reply' : 'comment',
          type,
          text: text.paragraph(random.int(1, 3)),
          author: random.pick(people),
          created: stamp(clock),
        };
        // A few top-level comments are about the whole section rather than one item.
        if (parent || random.chance(0.95)) comment.item = item.id;
        if (parent) comment.reply_to = parent.id;
        if (!parent && random.chance(0.3) && prose) comment.quote = quoteFrom(prose, random);
        if (type === 'redaksional' && random.chance(0.6)) comment.proposed_change = text.sentence(8, 16);
        thread.push(comment);
        out.push(comment);
        if (!parent && random.chance(0.4)) {
          let at = clock + random.int(1, 72) * 3_600_000;
          const answer: StoredAct = {
            id: id(at), section: section.id, act: 'answer', thread: comment.id,
            disposition: type === 'pertanyaan' ? 'dijawab' : random.pick(DISPOSITIONS.filter((d) => d !== 'dijawab')),
            response: text.paragraph(random.int(1, 2)), author: random.pick(DRAFTERS), created: stamp(at),
          };
          out.push(answer);
          if (random.chance(0.4)) {
            at += random.int(1, 48) * 3_600_000;
            const accept = random.chance(0.75);
            const verdict: StoredAct = {
              id: id(at), section: section.id, act: accept ? 'accept' : 'object', thread: comment.id, answer: answer.id,
              ...(accept ? {} : { text: text.sentence(8, 16) }), author: comment.author, created: stamp(at),
            };
            out.push(verdict);
            if (!accept && random.chance(0.5)) {
              at += random.int(1, 48) * 3_600_000;
              out.push({
                id: id(at), section: section.id, act: 'overrule', thread: comment.id, objection: verdict.id,
                response: text.paragraph(1), author: random.pick(DRAFTERS), created: stamp(at),
              });
            }
          }
        }
      }
    }
  }
  return out;
}

/** A few review stamps per section: some approve it as it is now, some approved an earlier text. */
function makeReviews(sections: readonly GeneratedSection[], random: Random, text: TextMaker): ReviewRecord[] {
  const out: ReviewRecord[] = [];
  let clock = Date.UTC(2026, 5, 1, 2, 0, 0);
  for (const section of sections) {
    if (section.status === 'draft') continue;
    const { kind, ...rest } = section;
    const current = sectionFingerprint({ kind, ...rest });
    for (let k = random.int(1, 2); k > 0; k--) {
      clock += random.int(60, 3600) * 1000;
      const stale = k > 1; // an earlier review, of a text that has changed since
      const review: ReviewRecord = {
        id: ulid(clock, () => random.next()).toLowerCase(),
        section: section.id,
        reviewer: random.pick(DRAFTERS),
        at: new Date(clock).toISOString(),
        approve: section.status === 'approved',
        fingerprint: stale ? sectionFingerprint({ kind, ...rest, title: `${section.title} (lama)` }) : current,
      };
      if (random.chance(0.5)) review.note = text.sentence(6, 12);
      out.push(review);
    }
  }
  return out;
}

function proseOfItem(item: AnyItem): string | undefined {
  const record = item as unknown as Record<string, unknown>;
  for (const key of ['text', 'definition', 'description']) {
    if (typeof record[key] === 'string') return record[key] as string;
  }
  return undefined;
}

/** A run of a few words of the item's prose, as a reviewer copies a passage. */
function quoteFrom(prose: string, random: Random): string {
  const words = prose.split(/\s+/).filter((w) => w !== '');
  const length = Math.min(words.length, random.int(3, 8));
  const start = random.int(0, Math.max(0, words.length - length));
  return words.slice(start, start + length).join(' ');
}
