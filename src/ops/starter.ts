// What `pedoman init` writes: a small guideline that validates clean (one section of each
// kind, every mechanism measured, every role appointed, every metric complete), the schemas
// for editors, CI for GitHub and GitLab, a .gitignore and a short README. The starter text is
// in the guideline's language and says plainly that it is an example to replace.
import { stringify } from 'yaml';
import type { Language } from '../i18n/index.js';
import { WORKSPACE_GUIDELINE_DIR as GUIDELINE_DIR } from '../model/locate.js';
import { type SectionKind } from '../model/kinds.js';

export const SCHEMAS_DIR_NAME = 'schemas';

/** Every path init writes, relative to the workspace folder. */
export interface StarterFile {
  path: string;
  text: string;
  /** Content of the guideline: init refuses when one of these exists already. */
  guideline: boolean;
}

export interface StarterOptions {
  id: string;
  title: string;
  /** Language of the guideline's text (manifest `language`). */
  language: Language;
  /** The year the baseline is measured in; targets follow it. */
  year: number;
  /** Today, YYYY-MM-DD. */
  date: string;
  /** What CI installs pedoman from (npm install --global SPEC); empty leaves the placeholder. */
  ciPackage: string;
  /** Comment lines for CI files, in the user's language. */
  ciNote: string;
  readme: string;
}

/** Section ids of the starter, in order, with their kinds (per language). */
export function starterSections(language: Language): { id: string; kind: SectionKind }[] {
  const ids = language === 'id'
    ? ['pendahuluan', 'pengertian', 'kelembagaan', 'mekanisme', 'indikator']
    : ['introduction', 'definitions', 'roles', 'mechanisms', 'indicators'];
  const kinds: SectionKind[] = ['narrative', 'terms', 'roles', 'mechanisms', 'metrics'];
  return ids.map((id, i) => ({ id, kind: kinds[i]! }));
}

export function modeline(schema: string, depth: number): string {
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMAS_DIR_NAME}/${schema}.schema.json`;
}

/** A YAML scalar on one line: plain when safe, quoted otherwise. */
function q(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

export function starterFiles(options: StarterOptions): StarterFile[] {
  const content = options.language === 'id' ? indonesian(options) : english(options);
  const sections = starterSections(options.language);
  const files: StarterFile[] = [
    { path: `${GUIDELINE_DIR}/pedoman.yaml`, text: `${modeline('manifest', 1)}\n${content.manifest}`, guideline: true },
  ];
  sections.forEach((section, i) => {
    files.push({
      path: `${GUIDELINE_DIR}/sections/${section.id}.yaml`,
      text: `${modeline(section.kind, 2)}\n${content.sections[i]!}`,
      guideline: true,
    });
  });
  files.push(
    { path: '.github/workflows/pedoman.yml', text: githubWorkflow(options), guideline: false },
    { path: '.gitlab-ci.yml', text: gitlabCi(options), guideline: false },
    { path: '.gitignore', text: GITIGNORE, guideline: false },
    { path: 'README.md', text: options.readme, guideline: false },
  );
  return files;
}

const GITIGNORE = `# pedoman render writes the PDF, HTML and Markdown here
rendered/
node_modules/
`;

function ciComment(note: string, indent: string): string {
  return note.split('\n').map((line) => `${indent}# ${line}`.trimEnd()).join('\n');
}

function githubWorkflow(o: StarterOptions): string {
  return `# Checks the guideline on every push and pull request: findings appear as annotations on
# the changed lines and as a summary on the run page.
name: pedoman

on:
  push:
  pull_request:

jobs:
  validate:
    runs-on: ubuntu-latest
    env:
${ciComment(o.ciNote, '      ')}
      PEDOMAN_PACKAGE: ${q(o.ciPackage)}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - name: Install pedoman
        run: |
          if [ -z "$PEDOMAN_PACKAGE" ]; then
            echo "::error file=.github/workflows/pedoman.yml::PEDOMAN_PACKAGE is empty: set it to where your team installs pedoman from"
            exit 1
          fi
          npm install --global "$PEDOMAN_PACKAGE"
      - name: Validate the guideline
        run: pedoman validate ${GUIDELINE_DIR} --format github
`;
}

function gitlabCi(o: StarterOptions): string {
  return `# Checks the guideline in every pipeline; the JUnit report shows findings in merge requests.
# If this repository has its own .gitlab-ci.yml already, copy the job below into it.
pedoman-validate:
  image: node:24
  variables:
${ciComment(o.ciNote, '    ')}
    PEDOMAN_PACKAGE: ${q(o.ciPackage)}
  script:
    - if [ -z "$PEDOMAN_PACKAGE" ]; then echo "PEDOMAN_PACKAGE is empty - set it in .gitlab-ci.yml"; exit 1; fi
    - npm install --global "$PEDOMAN_PACKAGE"
    - pedoman validate ${GUIDELINE_DIR} --format junit > pedoman-junit.xml || true
    - pedoman validate ${GUIDELINE_DIR}
  artifacts:
    when: always
    reports:
      junit: pedoman-junit.xml
`;
}

interface Content {
  manifest: string;
  sections: string[];
}

function indonesian(o: StarterOptions): Content {
  const [intro, terms, roles, mechanisms, metrics] = starterSections('id').map((s) => s.id);
  const manifest = `id: ${o.id}
title: ${q(o.title)}
issuer: Direktorat Jenderal Pemasyarakatan
version: "0.1.0"
status: draft
language: id
date: "${o.date}"

# Peraturan yang menjadi dasar Pedoman. Mekanisme merujuk ketentuan di sini lewat id-nya.
legal_basis:
  - id: uu-22-2022
    citation: Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan
    short: UU Pemasyarakatan
    provisions:
      - id: pasal-91
        label: Pasal 91
        text: >-
          Dalam melaksanakan fungsi, tugas, dan wewenang, setiap pimpinan satuan kerja
          Pemasyarakatan menerapkan prinsip koordinasi, integrasi, dan sinkronisasi, serta bekerja
          sama dalam lingkup internal dan eksternal.

levels:
  - id: pusat
    name: Kantor Pusat
  - id: kanwil
    name: Kantor Wilayah Direktorat Jenderal Pemasyarakatan
    parent: pusat
  - id: upt
    name: Unit Pelaksana Teknis Pemasyarakatan
    parent: kanwil

authorities:
  - id: direktur-jenderal
    name: Direktur Jenderal Pemasyarakatan
    level: pusat
  - id: kepala-kanwil
    name: Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan
    level: kanwil
  - id: kepala-upt
    name: Kepala Unit Pelaksana Teknis Pemasyarakatan
    level: upt

# Urutan bagian. Tambah, pindah, ganti nama atau hapus bagian dengan \`pedoman section\`.
sections:
  - ${intro}
  - ${terms}
  - ${roles}
  - ${mechanisms}
  - ${metrics}

rules:
  provision-implemented:
    options:
      provisions: [pasal-91]
`;
  const narrative = `kind: narrative
id: ${intro}
title: Pendahuluan
status: draft
# Teks contoh dari \`pedoman init\`: ganti dengan rumusan tim penyusun.
items:
  - id: latar-belakang
    title: Latar Belakang
    text: |
      Uraikan mengapa Pedoman ini disusun: keadaan yang ingin diperbaiki, amanat peraturan
      perundang-undangan yang menjadi dasarnya, dan hasil pembahasan tim penyusun.
  - id: maksud-dan-tujuan
    title: Maksud dan Tujuan
    text: |
      Pedoman ini dimaksudkan sebagai acuan bagi Kantor Pusat, Kantor Wilayah, dan UPT
      Pemasyarakatan dalam melaksanakan kegiatan yang diaturnya. Tuliskan tujuan yang hendak
      dicapai dalam bentuk yang dapat diukur dengan indikator pada bab Indikator.
`;
  const glossary = `kind: terms
id: ${terms}
title: Pengertian
status: draft
items:
  - id: pemasyarakatan
    term: Pemasyarakatan
    definition: >-
      subsistem peradilan pidana yang menyelenggarakan penegakan hukum di bidang perlakuan
      terhadap tahanan, anak, dan warga binaan.
    source:
      citation: Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan, Pasal 1 angka 1
      verbatim: true
  - id: upt-pemasyarakatan
    term: Unit Pelaksana Teknis Pemasyarakatan
    abbreviation: UPT Pemasyarakatan
    definition: >-
      satuan kerja yang melaksanakan fungsi Pemasyarakatan, yaitu Rutan, Lapas, LPKA, dan Bapas.
    source:
      citation: Pedoman ini
`;
  const institutions = `kind: roles
id: ${roles}
title: Kelembagaan
status: draft
items:
  - id: koordinator-pedoman
    name: Koordinator Pelaksanaan Pedoman
    type: koordinator
    level: pusat
    appointment:
      by: direktur-jenderal
      instrument: Keputusan Direktur Jenderal Pemasyarakatan
    duties:
      - menyusun bahan dan jadwal nasional sosialisasi Pedoman;
      - menghimpun laporan pelaksanaan Pedoman dan menyampaikannya kepada Direktur Jenderal Pemasyarakatan.
    reports_to: direktur-jenderal
  - id: pelaksana-kanwil
    name: Petugas Pelaksana Pedoman pada Kantor Wilayah
    type: pelaksana
    level: kanwil
    appointment:
      by: kepala-kanwil
      instrument: Keputusan Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan
    duties:
      - mengundang petugas dari setiap satuan kerja di wilayahnya ke pertemuan sosialisasi;
      - membina dan memantau pelaksanaan Pedoman pada UPT Pemasyarakatan di wilayahnya.
    reports_to: koordinator-pedoman
  - id: pelaksana-upt
    name: Petugas Pelaksana Pedoman pada UPT Pemasyarakatan
    type: pelaksana
    level: upt
    appointment:
      by: kepala-upt
      instrument: Surat Keputusan Kepala UPT Pemasyarakatan
    duties:
      - melaksanakan kegiatan yang diatur dalam Pedoman pada UPT Pemasyarakatan;
      - melaporkan pelaksanaannya kepada Koordinator Pelaksanaan Pedoman setiap semester.
    reports_to: koordinator-pedoman
`;
  const procedures = `kind: mechanisms
id: ${mechanisms}
title: Mekanisme Pelaksanaan
status: draft
items:
  - id: sosialisasi-pedoman
    name: Sosialisasi Pedoman
    implements: [pasal-91]
    description: >-
      Pedoman disosialisasikan secara berjenjang dari Kantor Pusat ke Kantor Wilayah dan UPT
      Pemasyarakatan, agar setiap satuan kerja memahami dan melaksanakannya secara terkoordinasi.
    levels: [pusat, kanwil, upt]
    responsible: [koordinator-pedoman, pelaksana-kanwil, pelaksana-upt]
    steps:
      - Koordinator Pelaksanaan Pedoman menyusun bahan dan jadwal sosialisasi;
      - Petugas Pelaksana Pedoman pada Kantor Wilayah menyelenggarakan sosialisasi bagi UPT Pemasyarakatan di wilayahnya;
      - Petugas Pelaksana Pedoman melaporkan sosialisasi yang telah diikuti.
    outputs:
      - laporan pelaksanaan sosialisasi
`;
  const indicators = `kind: metrics
id: ${metrics}
title: Indikator
status: draft
items:
  - id: ind-sosialisasi
    code: IK-01
    indicator: Persentase UPT Pemasyarakatan yang telah mengikuti sosialisasi Pedoman
    definition: >-
      jumlah UPT Pemasyarakatan yang telah mengikuti sosialisasi ÷ jumlah seluruh UPT
      Pemasyarakatan × 100%
    unit: persen
    baseline:
      value: 0
      year: ${o.year}
    targets:
      - year: ${o.year + 1}
        value: 50
      - year: ${o.year + 2}
        value: 100
    direction: naik
    frequency: semesteran
    data_source: laporan pelaksanaan sosialisasi dari Kantor Wilayah
    responsible: koordinator-pedoman
    measures: [sosialisasi-pedoman]
`;
  return { manifest, sections: [narrative, glossary, institutions, procedures, indicators] };
}

function english(o: StarterOptions): Content {
  const [intro, terms, roles, mechanisms, metrics] = starterSections('en').map((s) => s.id);
  const manifest = `id: ${o.id}
title: ${q(o.title)}
issuer: Directorate General of Corrections
version: "0.1.0"
status: draft
language: en
date: "${o.date}"

# The regulations the guideline rests on. Mechanisms refer to provisions here by id.
legal_basis:
  - id: uu-22-2022
    citation: Law Number 22 of 2022 on Corrections (Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan)
    short: Corrections Law
    provisions:
      - id: pasal-91
        label: Article 91
        text: >-
          In carrying out their functions, duties and powers, every head of a Corrections work
          unit applies the principles of coordination, integration and synchronisation, and
          cooperates internally and externally. (unofficial translation)

levels:
  - id: pusat
    name: Head Office
  - id: kanwil
    name: Regional Office of the Directorate General of Corrections
    parent: pusat
  - id: upt
    name: Technical Implementation Unit
    parent: kanwil

authorities:
  - id: direktur-jenderal
    name: Director General of Corrections
    level: pusat
  - id: kepala-kanwil
    name: Head of the Regional Office
    level: kanwil
  - id: kepala-upt
    name: Head of the Technical Implementation Unit
    level: upt

# The order of the sections. Add, move, rename or remove sections with \`pedoman section\`.
sections:
  - ${intro}
  - ${terms}
  - ${roles}
  - ${mechanisms}
  - ${metrics}

rules:
  provision-implemented:
    options:
      provisions: [pasal-91]
`;
  const narrative = `kind: narrative
id: ${intro}
title: Introduction
status: draft
# Example text from \`pedoman init\`: replace it with the drafting team's own.
items:
  - id: background
    title: Background
    text: |
      Explain why this guideline is drafted: the situation it should improve, the legal
      mandate it rests on, and what the drafting team agreed.
  - id: purpose
    title: Purpose and Objectives
    text: |
      This guideline is a reference for the Head Office, the Regional Offices and every
      Technical Implementation Unit in carrying out the Corrections activities it governs. State the
      objectives so that the indicators in the Indicators chapter can measure them.
`;
  const glossary = `kind: terms
id: ${terms}
title: Definitions
status: draft
items:
  - id: corrections
    term: Corrections
    definition: >-
      the subsystem of criminal justice that enforces the law in the treatment of detainees,
      children and inmates (Pemasyarakatan).
    source:
      citation: Law Number 22 of 2022 on Corrections, Article 1 point 1 (unofficial translation)
  - id: technical-unit
    term: Technical Implementation Unit
    abbreviation: UPT
    definition: >-
      a work unit that carries out Corrections functions: a detention centre, prison, juvenile
      facility or probation office.
    source:
      citation: This guideline
`;
  const institutions = `kind: roles
id: ${roles}
title: Institutional Arrangements
status: draft
items:
  - id: guideline-coordinator
    name: Guideline Coordinator
    type: coordinator
    level: pusat
    appointment:
      by: direktur-jenderal
      instrument: Decree of the Director General of Corrections
    duties:
      - coordinates the introduction and implementation of the guideline in the Regional Offices and every Technical Implementation Unit;
      - compiles implementation reports and submits them to the Director General.
    reports_to: direktur-jenderal
  - id: regional-officer
    name: Guideline Officer of a Regional Office
    type: officer
    level: kanwil
    appointment:
      by: kepala-kanwil
      instrument: Decree of the Head of the Regional Office
    duties:
      - holds introduction sessions for the units in the region;
      - supervises how the units in the region apply the guideline.
    reports_to: guideline-coordinator
  - id: unit-officer
    name: Guideline Officer of a Technical Implementation Unit
    type: officer
    level: upt
    appointment:
      by: kepala-upt
      instrument: Decree of the Head of the Technical Implementation Unit
    duties:
      - carries out the activities the guideline governs in the unit;
      - reports on them to the Guideline Coordinator every semester.
    reports_to: guideline-coordinator
`;
  const procedures = `kind: mechanisms
id: ${mechanisms}
title: Mechanisms
status: draft
items:
  - id: introduction-sessions
    name: Introduction Sessions
    implements: [pasal-91]
    description: >-
      The guideline is introduced level by level, from the Head Office to the Regional Offices
      and every Technical Implementation Unit, so that each work unit understands it and applies
      it in a coordinated way.
    levels: [pusat, kanwil, upt]
    responsible: [guideline-coordinator, regional-officer, unit-officer]
    steps:
      - The Guideline Coordinator prepares the material and the schedule;
      - each Regional Guideline Officer holds sessions for the units in the region;
      - each Guideline Officer reports the sessions attended.
    outputs:
      - session reports
`;
  const indicators = `kind: metrics
id: ${metrics}
title: Indicators
status: draft
items:
  - id: ind-sessions
    code: IK-01
    indicator: Share of Technical Implementation Units that attended an introduction session
    definition: >-
      units that attended a session ÷ all units × 100%
    unit: percent
    baseline:
      value: 0
      year: ${o.year}
    targets:
      - year: ${o.year + 1}
        value: 50
      - year: ${o.year + 2}
        value: 100
    direction: naik
    frequency: semesteran
    data_source: session reports of the Regional Offices
    responsible: guideline-coordinator
    measures: [introduction-sessions]
`;
  return { manifest, sections: [narrative, glossary, institutions, procedures, indicators] };
}
