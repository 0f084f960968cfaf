// `pedoman diff` output: text for a terminal (coloured words, or git's [-deleted-]{+inserted+}
// without colour), a Markdown changelog for the follow-up group, and JSON for scripts.
import { Chalk } from 'chalk';
import { t } from '../i18n/index.js';
import type { FieldChange, GuidelineDiff, ItemDiff, SectionDiff, WordPart } from './semantic-diff.js';
import type { Snapshot } from './snapshot.js';

export const DIFF_FORMATS = ['text', 'md', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffView {
  from: Snapshot;
  to: Snapshot;
  diff: GuidelineDiff;
  color: boolean;
}

/** Unchanged words kept on each side of a change in text and Markdown output. */
const CONTEXT_WORDS = 8;

/** "v0.1 (a1b2c3d, 2026-11-27)" or "the working tree". */
export function versionLabel(snapshot: Snapshot): string {
  if (snapshot.rev === undefined) return t('diff.workingTree');
  const short = snapshot.commit?.slice(0, 7) ?? '';
  const day = snapshot.date?.slice(0, 10);
  if (/^[0-9a-f]{7,64}$/.test(snapshot.rev) && snapshot.commit?.startsWith(snapshot.rev)) return day ? `${short} (${day})` : short;
  return day ? `${snapshot.rev} (${short}, ${day})` : `${snapshot.rev} (${short})`;
}

function summaryLine(diff: GuidelineDiff): string {
  const s = diff.summary;
  return t('diff.summary', {
    sectionsChanged: s.sections.changed, sectionsAdded: s.sections.added, sectionsRemoved: s.sections.removed, sectionsMoved: s.sections.moved,
    itemsChanged: s.items.changed, itemsAdded: s.items.added, itemsRemoved: s.items.removed, itemsMoved: s.items.moved,
  });
}

function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Long runs of unchanged words shortened to their edges, so a one-word change in a long paragraph stays readable. */
export function condense(parts: readonly WordPart[], context = CONTEXT_WORDS): WordPart[] {
  return parts.map((part, index) => {
    if (part.op !== '=') return part;
    const words = part.text.split(/(\s+)/);
    const wordCount = words.filter((w) => w.trim() !== '').length;
    if (wordCount <= context * 2 + 2) return part;
    const first = index === 0;
    const last = index === parts.length - 1;
    const keep = (n: number, fromEnd: boolean) => {
      const out: string[] = [];
      let seen = 0;
      const list = fromEnd ? [...words].reverse() : words;
      for (const w of list) {
        if (w.trim() !== '') seen++;
        if (seen > n) break;
        out.push(w);
      }
      return (fromEnd ? out.reverse() : out).join('');
    };
    const head = first ? '' : keep(context, false);
    const tail = last ? '' : keep(context, true);
    return { op: '=', text: `${head}${first ? '…' : ' … '}${tail}`.replace(/^ … $/, '…') };
  });
}

// ---- text ----------------------------------------------------------------

export function formatDiffText(view: DiffView): string {
  const c = new Chalk({ level: view.color ? 1 : 0 });
  const lines: string[] = [];
  lines.push(c.bold(t('diff.heading', { from: versionLabel(view.from), to: versionLabel(view.to) })));
  warnings(view).forEach((w) => lines.push(c.yellow(`! ${w}`)));
  lines.push('');
  if (view.diff.manifest.length === 0 && view.diff.sections.length === 0) {
    lines.push(t('diff.none'));
    return `${lines.join('\n')}\n`;
  }
  const words = (parts: readonly WordPart[]) =>
    condense(parts).map((p) => (p.op === '=' ? p.text : p.op === '+'
      ? (view.color ? c.green.underline(p.text) : `{+${p.text}+}`)
      : (view.color ? c.red.strikethrough(p.text) : `[-${p.text}-]`))).join('');
  const field = (f: FieldChange, indent: string) => {
    if (f.op === 'added') return `${indent}${c.green('+')} ${f.path}: ${oneLine(shown(f.after))}`;
    if (f.op === 'removed') return `${indent}${c.red('-')} ${f.path}: ${oneLine(shown(f.before))}`;
    if (f.words) return `${indent}~ ${f.path}: ${oneLine(words(f.words))}`;
    return `${indent}~ ${f.path}: ${oneLine(shown(f.before))} → ${oneLine(shown(f.after))}`;
  };
  if (view.diff.manifest.length > 0) {
    lines.push(c.bold(`~ ${t('diff.manifest')}`));
    for (const f of view.diff.manifest) lines.push(field(f, '    '));
  }
  for (const section of view.diff.sections) {
    lines.push(sectionHeadText(section, c));
    for (const f of section.fields) lines.push(field(f, '    '));
    if (section.status === 'added' || section.status === 'removed') {
      for (const label of section.itemLabels) lines.push(`    ${section.status === 'added' ? c.green('+') : c.red('-')} ${label}`);
    }
    for (const item of section.items) {
      lines.push(`    ${itemHeadText(item, c)}`);
      for (const f of item.fields) lines.push(field(f, '        '));
    }
  }
  lines.push('');
  lines.push(summaryLine(view.diff));
  return `${lines.join('\n')}\n`;
}

function sectionHeadText(section: SectionDiff, c: InstanceType<typeof Chalk>): string {
  const mark = section.status === 'added' ? c.green('+') : section.status === 'removed' ? c.red('-') : section.status === 'changed' ? '~' : '↕';
  const notes: string[] = [];
  if (section.status === 'added') notes.push(t('diff.note.addedSection', { count: section.itemCount }));
  if (section.status === 'removed') notes.push(t('diff.note.removedSection', { count: section.itemCount }));
  if (section.moved) notes.push(t('diff.note.movedSection', { from: section.moved.from, to: section.moved.to }));
  return `${mark} ${c.bold(section.id)}  ${section.title}${notes.length ? `  (${notes.join('; ')})` : ''}`;
}

function itemHeadText(item: ItemDiff, c: InstanceType<typeof Chalk>): string {
  const mark = item.status === 'added' ? c.green('+') : item.status === 'removed' ? c.red('-') : item.status === 'changed' ? '~' : '↕';
  const notes: string[] = item.status === 'unchanged' ? [] : [t(`diff.status.${item.status}`)];
  if (item.moved) notes.push(movedNote(item));
  return `${mark} ${c.bold(item.id)}  ${item.label}  (${notes.join('; ')})`;
}

function movedNote(item: ItemDiff): string {
  const m = item.moved!;
  return m.fromSection !== m.toSection
    ? t('diff.note.movedFrom', { section: m.fromSection })
    : t('diff.note.movedItem', { from: m.from, to: m.to });
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ⏎ ');
}

function warnings(view: DiffView): string[] {
  const out: string[] = [];
  for (const [snapshot, label] of [[view.from, versionLabel(view.from)], [view.to, versionLabel(view.to)]] as const) {
    for (const file of snapshot.unreadable) out.push(t('diff.warn.unreadable', { file, version: label }));
  }
  return out;
}

// ---- Markdown changelog --------------------------------------------------

const MD_SPECIAL = /([\\`*_~[\]<>#|])/g;

function mdText(text: string): string {
  return text.replace(MD_SPECIAL, '\\$1').replace(/\s*\n\s*/g, ' ');
}

function mdWords(parts: readonly WordPart[]): string {
  const shown = condense(parts);
  return shown.map((p, i) => {
    const text = mdText(p.text);
    if (p.op === '=' || text.trim() === '') return text;
    // Emphasis must hug the words: keep the spaces around it outside.
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
    // A replacement reads "~~old~~ **new**", not "~~old~~**new**".
    const gap = p.op === '+' && shown[i - 1]?.op === '-' && lead === '' && !/\s$/.test(shown[i - 1]!.text) ? ' ' : '';
    return p.op === '+' ? `${gap}${lead}**${core}**${trail}` : `${lead}~~${core}~~${trail}`;
  }).join('');
}

function mdField(f: FieldChange): string {
  const path = `\`${f.path}\``;
  if (f.op === 'added') return t('diff.md.fieldAdded', { path, value: mdText(shown(f.after)) });
  if (f.op === 'removed') return t('diff.md.fieldRemoved', { path, value: mdText(shown(f.before)) });
  if (f.words) return `${path}: ${mdWords(f.words)}`;
  return t('diff.md.fieldChanged', { path, before: mdText(shown(f.before)), after: mdText(shown(f.after)) });
}

export function formatDiffMarkdown(view: DiffView, title: string | undefined): string {
  const out: string[] = [];
  out.push(`# ${t('diff.md.title', { title: title ? mdText(title) : '' }).trim()}`);
  out.push('');
  out.push(t('diff.md.range', { from: mdText(versionLabel(view.from)), to: mdText(versionLabel(view.to)) }));
  out.push('');
  for (const w of warnings(view)) out.push(`> ${mdText(w)}`);
  if (view.diff.manifest.length === 0 && view.diff.sections.length === 0) {
    out.push(t('diff.none'));
    return `${out.join('\n')}\n`;
  }
  out.push(`**${t('diff.md.summaryLabel')}** ${summaryLine(view.diff)}`);
  out.push('');
  if (view.diff.manifest.length > 0) {
    out.push(`## ${t('diff.manifest')}`);
    out.push('');
    for (const f of view.diff.manifest) out.push(`- ${mdField(f)}`);
    out.push('');
  }
  for (const section of view.diff.sections) {
    out.push(`## ${mdText(section.title)} (\`${section.id}\`)`);
    out.push('');
    if (section.status === 'added') out.push(t('diff.md.sectionAdded', { count: section.itemCount }));
    if (section.status === 'removed') out.push(t('diff.md.sectionRemoved', { count: section.itemCount }));
    if (section.moved) out.push(t('diff.md.sectionMoved', { from: section.moved.from, to: section.moved.to }));
    if (section.status === 'added' || section.status === 'removed' || section.moved) out.push('');
    if (section.itemLabels.length > 0) {
      for (const label of section.itemLabels) out.push(`- ${mdText(label)}`);
      out.push('');
    }
    if (section.fields.length > 0) {
      out.push(`- ${t('diff.md.sectionFields')}`);
      for (const f of section.fields) out.push(`  - ${mdField(f)}`);
    }
    for (const item of section.items) {
      const status = `**${t(`diff.md.status.${item.status}`)}**`;
      const moved = item.moved ? ` (${movedNote(item)})` : '';
      out.push(`- ${status} ${mdText(item.label)} (\`${item.id}\`)${moved}`);
      for (const f of item.fields) out.push(`  - ${mdField(f)}`);
    }
    if (section.fields.length > 0 || section.items.length > 0) out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

// ---- ids -----------------------------------------------------------------

/** `diff --quiet`: pedoman.yaml when the manifest changed, a section's id when the section itself changed, each changed item's id. */
export function changedIds(diff: GuidelineDiff): string[] {
  const ids: string[] = diff.manifest.length > 0 ? ['pedoman.yaml'] : [];
  for (const section of diff.sections) {
    if (section.status === 'added' || section.status === 'removed' || section.moved || section.fields.length > 0) ids.push(section.id);
    ids.push(...section.items.map((item) => item.id));
  }
  return ids;
}

// ---- JSON ----------------------------------------------------------------

export function diffJson(view: DiffView): unknown {
  const side = (s: Snapshot) => ({ rev: s.rev ?? null, commit: s.commit ?? null, date: s.date ?? null, unreadable: s.unreadable });
  return {
    format: 'pedoman-diff',
    version: 1,
    from: side(view.from),
    to: side(view.to),
    summary: view.diff.summary,
    manifest: view.diff.manifest,
    sections: view.diff.sections,
  };
}
