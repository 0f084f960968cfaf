// What `pedoman init` writes: a small guideline that validates clean (one section of each
// kind, every mechanism measured, every role appointed, every indicator complete), the schemas
// for editors, CI for GitHub and GitLab, a .gitignore and a short README. The starter text is
// in the guideline's language and says plainly that it is an example to replace.
import { stringify } from 'yaml';
import type { Language } from '../i18n/index.js';
import { WORKSPACE_GUIDELINE_DIR as GUIDELINE_DIR } from '../model/locate.js';
import { type SectionKind } from '../model/kinds.js';
import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';
import { TEMPLATES_DIR } from '../core/package.js';

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
  const kinds: SectionKind[] = ['narrative', 'terms', 'roles', 'mechanisms', 'indicators'];
  return ids.map((id, i) => ({ id, kind: kinds[i]! }));
}

export function modeline(schema: string, depth: number): string {
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMAS_DIR_NAME}/${schema}.schema.json`;
}

/** A YAML scalar on one line: plain when safe, quoted otherwise. */
function q(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * The starter guideline's text in its language, from templates/starter/<language>/ (eta, with
 * the id, title, date and year filled in).
 */
function content(o: StarterOptions): { manifest: string; sections: string[] } {
  const eta = new Eta({ views: fileURLToPath(new URL('starter/', TEMPLATES_DIR)), autoTrim: false, autoEscape: false, cache: true });
  const data = { id: o.id, title: q(o.title), date: o.date, year: o.year };
  const dir = o.language;
  return {
    manifest: eta.render(`${dir}/pedoman.yaml.eta`, data),
    sections: starterSections(o.language).map((section) => eta.render(`${dir}/sections/${section.id}.yaml.eta`, data)),
  };
}

export function starterFiles(options: StarterOptions): StarterFile[] {
  const text = content(options);
  const sections = starterSections(options.language);
  const files: StarterFile[] = [
    { path: `${GUIDELINE_DIR}/pedoman.yaml`, text: `${modeline('manifest', 1)}\n${text.manifest}`, guideline: true },
  ];
  sections.forEach((section, i) => {
    files.push({
      path: `${GUIDELINE_DIR}/sections/${section.id}.yaml`,
      text: `${modeline(section.kind, 2)}\n${text.sections[i]!}`,
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
