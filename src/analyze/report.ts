// The analysis report in three forms: a terminal table, JSON for scripts, and Markdown that a
// drafting lead can attach to a meeting agenda. Formatters are pure: report in, string out.
import { relative, sep } from 'node:path';
import { Chalk } from 'chalk';
import { t } from '../i18n/index.js';
import type { TypedRef } from '../model/lookup.js';
import { locate } from '../model/positions.js';
import type { Role, SourceFile } from '../model/types.js';
import { type AnalysisReport, APPOINTMENT_RULES } from './analysis.js';
import { score, type Unit } from './base.js';
import type { DutyPair, DutyRef } from './duplicate-duties.js';
import type { MatrixRow } from './responsibility.js';
import type { TermUsage } from './terms.js';
import { excerpt, quoteList } from './words.js';
import { type Finding, countBySeverity, type PathSegment } from '../core/findings.js';

export const REPORT_FORMATS = ['table', 'json', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportContext {
  /** Paths are shown relative to this folder. */
  cwd: string;
  color: boolean;
}

const OVERLAP = ['programme-overlap'];
const DUTIES = ['duty-duplicate'];
const RESPONSIBILITY = ['responsibility-gap', ...APPOINTMENT_RULES, 'reference-resolves'];

export function formatReport(format: ReportFormat, report: AnalysisReport, context: ReportContext): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(reportJson(report, context), null, 2)}\n`;
    case 'md':
      return markdown(report, context);
    default:
      return table(report, context);
  }
}

/** `analyze --quiet`: one line per finding (where, severity, message, rule) and the summary line. */
export function formatQuiet(report: AnalysisReport, context: ReportContext): string {
  const lines = report.findings.map((f) => `${display(context.cwd, f.file)}:${f.line}:${f.column}  ${t(`severity.${f.severity}`)}  ${f.message}  ${f.ruleId}`);
  return `${[...lines, summaryHeadline(report)].join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

function display(cwd: string, file: string): string {
  return relative(cwd, file).split(sep).join('/') || '.';
}

function at(cwd: string, file: SourceFile, path: readonly PathSegment[]): { file: string; line: number; column: number } {
  const pos = locate(file, path);
  return { file: display(cwd, file.path), line: pos.line, column: pos.column };
}

function whereText(w: { file: string; line: number; column: number }): string {
  return `${w.file}:${w.line}:${w.column}`;
}

function unitPath(unit: Unit): PathSegment[] {
  return ['items', unit.index, 'name'];
}

function dutyPath(d: DutyRef): PathSegment[] {
  return ['items', d.role.index, 'duties', d.duty];
}

function findingsOf(report: AnalysisReport, ids: readonly string[]): Finding[] {
  return report.findings.filter((f) => ids.includes(f.ruleId));
}

/** Where the pair findings sit (an item's name, a duty); other findings of the rule are about its inputs. */
const PAIR_AT_NAME = /^items\[\d+\]\.name$/;
const PAIR_AT_DUTY = /^items\[\d+\]\.duties\[\d+\]$/;

/** Findings of the rules that are not the pairs the report already shows (unknown ids, bad options). */
function otherFindings(report: AnalysisReport, ids: readonly string[], pairPath: RegExp): Finding[] {
  return findingsOf(report, ids).filter((f) => !pairPath.test(f.path ?? ''));
}

function levelShort(report: AnalysisReport, id: string): string {
  return report.guideline.manifest?.levels.find((l) => l.id === id) ? id : `${id}?`;
}

function usesText(usage: TermUsage): string {
  if (usage.uses.length === 0) return t('analyze.terms.notUsed');
  return usage.uses.map((u) => `${u.section || t('analyze.terms.manifest')} ×${u.count}`).join(', ');
}

function relationWord(kind: string): string {
  return t(`analyze.relation.${kind}`);
}

function summaryLines(report: AnalysisReport): string[] {
  const appointmentFindings = findingsOf(report, [...APPOINTMENT_RULES, 'reference-resolves']).length;
  const on = (id: string) => report.severities[id] !== 'off';
  return [
    t('analyze.summaryLine.overlap', { undeclared: on('programme-overlap') ? report.overlap.undeclared.length : 0, declared: report.overlap.declared.length }),
    t('analyze.summaryLine.duties', { undeclared: on('duty-duplicate') ? report.duties.undeclared.length : 0, declared: report.duties.declared.length }),
    t('analyze.summaryLine.responsibility', { gaps: on('responsibility-gap') ? report.responsibility.gaps.length : 0, rows: report.responsibility.rows.length, appointments: appointmentFindings }),
    t('analyze.summaryLine.terms', {
      avoided: on('term-avoid') ? report.terms.avoided.length : 0,
      unused: on('term-unused') ? report.terms.unused.length : 0,
      distinct: report.terms.distinct.length,
    }),
    t('analyze.summaryLine.readability', { long: on('sentence-length') ? findingsOf(report, ['sentence-length']).length : 0, max: report.settings.sentenceWords }),
  ];
}

function summaryHeadline(report: AnalysisReport): string {
  const counts = countBySeverity(report.findings);
  if (report.findings.length === 0) return t('analyze.summary.clean');
  return t('analyze.summary', { total: report.findings.length, errors: counts.error, warnings: counts.warning, infos: counts.info });
}

function statusWord(status: string): string {
  const word = t(`status.value.${status}`);
  return word === `status.value.${status}` ? status : word;
}

function metaLine(report: AnalysisReport, context: ReportContext): string {
  const manifest = report.guideline.manifest;
  return t('analyze.meta', {
    path: `${display(context.cwd, report.guideline.root)}/`, // a folder: `guideline/`, or `./` inside it
    version: manifest?.version ?? '?',
    // The manifest's status in the user's language (draft → draf); an unknown value as written.
    status: manifest?.status === undefined ? '?' : statusWord(manifest.status),
    overlap: score(report.settings.overlap),
    duties: score(report.settings.duties),
  });
}

// ---------------------------------------------------------------------------------------------
// Terminal table

function table(report: AnalysisReport, context: ReportContext): string {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  const heading = (text: string) => out.push('', chalk.bold(text));
  const sub = (text: string) => out.push(`  ${chalk.underline(text)}`);
  const line = (text: string, indent = 4) => out.push(`${' '.repeat(indent)}${text}`);
  const finding = (f: Finding) => {
    const word = t(`severity.${f.severity}`);
    const painted = f.severity === 'error' ? chalk.red(word) : f.severity === 'warning' ? chalk.yellow(word) : chalk.blue(word);
    line(`${chalk.dim(`${display(context.cwd, f.file)}:${f.line}:${f.column}`)}  ${painted}  ${f.message}  ${chalk.dim(f.ruleId)}`);
  };
  const off = (id: string) => report.severities[id] === 'off';

  out.push(chalk.bold(t('analyze.title', { title: report.guideline.manifest?.title ?? report.guideline.root })));
  out.push(metaLine(report, context));
  out.push(chalk.dim(t('analyze.measure')));

  // 1. Overlap
  heading(t('analyze.overlap.heading'));
  const { overlap } = report;
  if (overlap.programmes.length === 0) line(t('analyze.overlap.noProgrammes'), 2);
  else {
    sub(t('analyze.overlap.programmes'));
    const width = Math.max(...overlap.programmes.map((p) => p.programme.id.length));
    for (const { programme } of overlap.programmes) {
      line(`${chalk.cyan(programme.id.padEnd(width))}  ${programme.name}${programme.drawn_from ? ` (${t('analyze.overlap.drawnFrom', { id: programme.drawn_from })})` : ''}`);
      line(`${' '.repeat(width)}  ${t('analyze.col.legalBasis')}: ${excerpt(programme.legal_basis, 140)}`);
      if (programme.owner) line(`${' '.repeat(width)}  ${t('analyze.col.owner')}: ${programme.owner}`);
    }
    sub(t('analyze.overlap.undeclared'));
    if (off('programme-overlap')) line(t('analyze.off'));
    else if (overlap.undeclared.length === 0) line(chalk.green(t('analyze.overlap.noneUndeclared')));
    for (const pair of off('programme-overlap') ? [] : overlap.undeclared) {
      line(`${chalk.yellow(score(pair.score))}  ${t(`analyze.kind.${pair.unit.kind}`)} ${pair.unit.id} (${pair.unit.name}) ~ ${pair.programme.programme.id}`);
      line(`${t('analyze.col.shared')}: ${quoteList(pair.shared.map((s) => excerpt(s, 70)))}`, 10);
      line(chalk.dim(whereText(at(context.cwd, pair.unit.section.file, unitPath(pair.unit)))), 10);
    }
    sub(t('analyze.overlap.declared'));
    if (overlap.declared.length === 0) line(t('analyze.overlap.noneDeclared'));
    for (const d of overlap.declared) {
      line(`${score(d.score)}  ${t(`analyze.kind.${d.unit.kind}`)} ${d.unit.id} ${chalk.cyan(relationWord(d.relation.kind))} ${d.programme.programme.id}`);
      line(chalk.dim(excerpt(d.relation.note, 160)), 10);
    }
  }
  for (const f of otherFindings(report, OVERLAP, PAIR_AT_NAME)) finding(f);

  // 2. Duties
  heading(t('analyze.duties.heading'));
  const dutyLabel = (d: DutyRef) => t('analyze.duties.duty', { role: d.role.item.id, n: d.duty + 1, level: levelShort(report, d.role.item.level) });
  const pairLines = (pair: DutyPair, colour: (s: string) => string) => {
    line(`${colour(score(pair.score))}  ${dutyLabel(pair.a)}  ~  ${dutyLabel(pair.b)}`);
    line(`A: ${excerpt(pair.a.text, 150)}`, 10);
    line(`B: ${excerpt(pair.b.text, 150)}`, 10);
    line(`${t('analyze.col.shared')}: ${quoteList(pair.shared.map((s) => excerpt(s, 70)))}`, 10);
    line(chalk.dim(`${whereText(at(context.cwd, pair.a.role.section.file, dutyPath(pair.a)))}  ${whereText(at(context.cwd, pair.b.role.section.file, dutyPath(pair.b)))}`), 10);
  };
  sub(t('analyze.duties.undeclared'));
  if (off('duty-duplicate')) line(t('analyze.off'));
  else if (report.duties.undeclared.length === 0) line(chalk.green(t('analyze.duties.noneUndeclared')));
  else for (const pair of report.duties.undeclared) pairLines(pair, chalk.yellow);
  if (report.duties.declared.length > 0) {
    sub(t('analyze.duties.declared'));
    for (const pair of report.duties.declared) pairLines(pair, (s) => s);
  }
  sub(t('analyze.duties.divisions'));
  if (report.duties.divisions.length === 0) line(t('analyze.duties.noDivisions'));
  for (const d of report.duties.divisions) {
    line(`${d.from.item.id} ${chalk.cyan('↔')} ${d.entry.role}`);
    line(chalk.dim(excerpt(d.entry.note, 160)), 6);
  }
  for (const f of otherFindings(report, DUTIES, PAIR_AT_DUTY)) finding(f);

  // 3. Responsibility
  heading(t('analyze.resp.heading'));
  line(t('analyze.resp.intro'), 2);
  const resp = report.responsibility;
  if (resp.rows.length === 0) line(t('analyze.resp.noMechanisms'));
  else {
    const columns = [t('analyze.col.mechanism'), ...resp.levels];
    const rows = resp.rows.map((row) => [row.mechanism.item.id, ...resp.levels.map((level) => cellText(row, level))]);
    const widths = columns.map((c, k) => Math.max(c.length, ...rows.map((r) => r[k]!.length)));
    line(chalk.dim(columns.map((c, k) => c.padEnd(widths[k]!)).join('  ').trimEnd()));
    resp.rows.forEach((row, r) => {
      const cells = rows[r]!.map((c, k) => {
        const padded = c.padEnd(widths[k]!);
        if (k === 0) return padded;
        const n = row.cells.get(resp.levels[k - 1]!)?.length;
        return n === undefined ? chalk.dim(padded) : n === 1 ? padded : chalk.yellow(padded);
      });
      line(cells.join('  ').trimEnd());
      if (row.outside.length > 0) line(chalk.yellow(t('analyze.resp.outside', { roles: row.outside.map((x) => `${x.item.id} (${x.item.level})`).join(', ') })), 6);
    });
  }
  sub(t('analyze.resp.appointments'));
  const appointmentRows = resp.appointments.map((a) => [
    a.role.item.id,
    a.role.item.level,
    a.by === undefined ? t('analyze.resp.notSet') : a.appointer ? `${a.by} (${a.appointer.name})` : `${a.by} ${t('analyze.resp.notResolved')}`,
    a.appointer?.level ?? '—',
    appointmentCheck(report, a.role),
  ]);
  const heads = [t('analyze.col.role'), t('analyze.col.level'), t('analyze.col.appointedBy'), t('analyze.col.appointerLevel'), t('analyze.col.check')];
  const aw = heads.map((h, k) => Math.max(h.length, ...appointmentRows.map((r) => r[k]!.length)));
  line(chalk.dim(heads.map((h, k) => h.padEnd(aw[k]!)).join('  ').trimEnd()));
  for (const r of appointmentRows) line(r.map((c, k) => (k === 4 && c !== t('analyze.ok') ? chalk.yellow(c) : c.padEnd(aw[k]!))).join('  ').trimEnd());
  const respFindings = findingsOf(report, RESPONSIBILITY);
  sub(t('analyze.resp.findings'));
  if (respFindings.length === 0) line(chalk.green(t('analyze.resp.noFindings')));
  for (const f of respFindings) finding(f);

  // 4. Terms
  heading(t('analyze.terms.heading'));
  sub(t('analyze.terms.distinct'));
  if (report.terms.distinct.length === 0) line(t('analyze.terms.noDistinct'));
  for (const { a, b } of report.terms.distinct) {
    // Stacked rather than in columns: a terminal is too narrow for two boundary notes.
    for (const [k, u] of [a, b].entries()) {
      line(`${k === 0 ? '  ' : '↔ '}${chalk.cyan(`${u.term.item.term} (${u.term.item.id})`)}`);
      line(`${t('analyze.terms.usedIn')}: ${usesText(u)}`, 8);
      line(chalk.dim(`${t('analyze.terms.boundary')}: ${u.term.item.boundary ? excerpt(u.term.item.boundary, 140) : t('analyze.terms.noBoundary')}`), 8);
    }
  }
  sub(t('analyze.terms.avoided'));
  const avoided = findingsOf(report, ['term-avoid']);
  if (off('term-avoid')) line(t('analyze.off'));
  else if (avoided.length === 0) line(chalk.green(t('analyze.terms.noneAvoided')));
  for (const f of avoided) finding(f);
  sub(t('analyze.terms.unused'));
  const unused = findingsOf(report, ['term-unused']);
  if (off('term-unused')) line(t('analyze.off'));
  else if (unused.length === 0) line(chalk.green(t('analyze.terms.noneUnused')));
  for (const f of unused) finding(f);

  // 5. Readability
  heading(t('analyze.readability.heading'));
  const long = findingsOf(report, ['sentence-length']);
  if (off('sentence-length')) line(t('analyze.off'), 2);
  else if (long.length === 0) line(chalk.green(t('analyze.readability.none', { max: report.settings.sentenceWords })), 2);
  for (const f of long) finding(f);

  out.push('', chalk.bold(summaryHeadline(report)));
  for (const s of summaryLines(report)) line(`- ${s}`, 2);
  return `${out.join('\n')}\n`;
}

function cellText(row: MatrixRow, level: string): string {
  const roles = row.cells.get(level);
  if (roles === undefined) return t('analyze.resp.notRun');
  if (roles.length === 0) return `✗ ${t('analyze.resp.gap')}`;
  const ids = roles.map((r) => r.item.id).join(', ');
  return roles.length > 1 ? `✗ ${ids}` : ids;
}

function appointmentCheck(report: AnalysisReport, role: TypedRef<Role>): string {
  const file = role.section.file.path;
  const prefix = `items[${role.index}]`;
  const problems = report.findings.filter(
    (f) => [...APPOINTMENT_RULES, 'reference-resolves'].includes(f.ruleId) && f.file === file && (f.path === prefix || f.path?.startsWith(`${prefix}.`)),
  );
  return problems.length === 0 ? t('analyze.ok') : problems.map((f) => f.ruleId).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Markdown

function cell(text: string): string {
  return text.replace(/\r?\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function markdown(report: AnalysisReport, context: ReportContext): string {
  const out: string[] = [];
  const off = (id: string) => report.severities[id] === 'off';
  const loc = (w: { file: string; line: number; column: number }) => `\`${w.file}:${w.line}\``;
  const findingRows = (list: readonly Finding[]) =>
    mdTable(
      [t('analyze.col.where'), t('rules.col.severity'), t('analyze.col.note'), t('rules.col.rule')],
      list.map((f) => [`\`${display(context.cwd, f.file)}:${f.line}\``, t(`severity.${f.severity}`), f.message, `\`${f.ruleId}\``]),
    );

  out.push(`# ${t('analyze.title', { title: report.guideline.manifest?.title ?? report.guideline.root })}`, '');
  out.push(metaLine(report, context), '');
  out.push(`> ${t('analyze.measure')}`, '');
  out.push(`**${summaryHeadline(report)}**`, '');
  for (const s of summaryLines(report)) out.push(`- ${s}`);
  out.push('');

  // 1. Overlap
  const { overlap } = report;
  out.push(`## ${t('analyze.overlap.heading')}`, '');
  if (overlap.programmes.length === 0) out.push(t('analyze.overlap.noProgrammes'), '');
  else {
    out.push(`### ${t('analyze.overlap.programmes')}`, '');
    out.push(...mdTable(
      ['id', t('analyze.col.programme'), t('analyze.col.legalBasis'), t('analyze.col.owner')],
      overlap.programmes.map(({ programme }) => [
        `\`${programme.id}\``,
        programme.name + (programme.drawn_from ? ` (${t('analyze.overlap.drawnFrom', { id: programme.drawn_from })})` : ''),
        programme.legal_basis,
        programme.owner ?? '—',
      ]),
    ), '');
    out.push(`### ${t('analyze.overlap.undeclared')}`, '');
    if (off('programme-overlap')) out.push(t('analyze.off'), '');
    else if (overlap.undeclared.length === 0) out.push(t('analyze.overlap.noneUndeclared'), '');
    else {
      out.push(...mdTable(
        [t('analyze.col.score'), t('analyze.col.item'), t('analyze.col.programme'), t('analyze.col.shared'), t('analyze.col.where')],
        overlap.undeclared.map((p) => [
          score(p.score),
          `${t(`analyze.kind.${p.unit.kind}`)} \`${p.unit.id}\` (${p.unit.name})`,
          `\`${p.programme.programme.id}\``,
          quoteList(p.shared),
          loc(at(context.cwd, p.unit.section.file, unitPath(p.unit))),
        ]),
      ), '');
    }
    out.push(`### ${t('analyze.overlap.declared')}`, '');
    if (overlap.declared.length === 0) out.push(t('analyze.overlap.noneDeclared'), '');
    else {
      out.push(...mdTable(
        [t('analyze.col.score'), t('analyze.col.item'), t('analyze.col.relation'), t('analyze.col.programme'), t('analyze.col.note')],
        overlap.declared.map((d) => [
          score(d.score),
          `${t(`analyze.kind.${d.unit.kind}`)} \`${d.unit.id}\``,
          relationWord(d.relation.kind),
          `\`${d.programme.programme.id}\``,
          d.relation.note,
        ]),
      ), '');
    }
  }
  const overlapProblems = otherFindings(report, OVERLAP, PAIR_AT_NAME);
  if (overlapProblems.length > 0) out.push(...findingRows(overlapProblems), '');

  // 2. Duties
  out.push(`## ${t('analyze.duties.heading')}`, '');
  const dutyCell = (d: DutyRef) => `**${t('analyze.duties.duty', { role: d.role.item.id, n: d.duty + 1, level: d.role.item.level })}**: ${d.text}`;
  const pairTable = (pairs: readonly DutyPair[]) =>
    mdTable(
      [t('analyze.col.score'), 'A', 'B', t('analyze.col.shared'), t('analyze.col.where')],
      pairs.map((p) => [
        score(p.score),
        dutyCell(p.a),
        dutyCell(p.b),
        quoteList(p.shared),
        `${loc(at(context.cwd, p.a.role.section.file, dutyPath(p.a)))}, ${loc(at(context.cwd, p.b.role.section.file, dutyPath(p.b)))}`,
      ]),
    );
  out.push(`### ${t('analyze.duties.undeclared')}`, '');
  if (off('duty-duplicate')) out.push(t('analyze.off'), '');
  else if (report.duties.undeclared.length === 0) out.push(t('analyze.duties.noneUndeclared'), '');
  else out.push(...pairTable(report.duties.undeclared), '');
  if (report.duties.declared.length > 0) out.push(`### ${t('analyze.duties.declared')}`, '', ...pairTable(report.duties.declared), '');
  out.push(`### ${t('analyze.duties.divisions')}`, '');
  if (report.duties.divisions.length === 0) out.push(t('analyze.duties.noDivisions'), '');
  else {
    out.push(...mdTable(
      [t('analyze.col.role'), t('analyze.col.with'), t('analyze.col.note')],
      report.duties.divisions.map((d) => [`\`${d.from.item.id}\``, `\`${d.entry.role}\``, d.entry.note]),
    ), '');
  }
  const dutyProblems = otherFindings(report, DUTIES, PAIR_AT_DUTY);
  if (dutyProblems.length > 0) out.push(...findingRows(dutyProblems), '');

  // 3. Responsibility
  const resp = report.responsibility;
  out.push(`## ${t('analyze.resp.heading')}`, '', t('analyze.resp.intro'), '');
  if (resp.rows.length === 0) out.push(t('analyze.resp.noMechanisms'), '');
  else {
    out.push(...mdTable(
      [t('analyze.col.mechanism'), ...resp.levels],
      resp.rows.map((row) => [
        `\`${row.mechanism.item.id}\`` + (row.outside.length > 0 ? ` (${t('analyze.resp.outside', { roles: row.outside.map((x) => x.item.id).join(', ') })})` : ''),
        ...resp.levels.map((level) => {
          const text = cellText(row, level);
          return text.startsWith('✗') ? `**${text}**` : text;
        }),
      ]),
    ), '');
  }
  out.push(`### ${t('analyze.resp.appointments')}`, '');
  out.push(...mdTable(
    [t('analyze.col.role'), t('analyze.col.level'), t('analyze.col.appointedBy'), t('analyze.col.appointerLevel'), t('analyze.col.check')],
    resp.appointments.map((a) => [
      `\`${a.role.item.id}\``,
      a.role.item.level,
      a.by === undefined ? t('analyze.resp.notSet') : a.appointer ? `${a.appointer.name} (\`${a.by}\`)` : `\`${a.by}\` ${t('analyze.resp.notResolved')}`,
      a.appointer?.level ?? '—',
      appointmentCheck(report, a.role),
    ]),
  ), '');
  const respFindings = findingsOf(report, RESPONSIBILITY);
  out.push(`### ${t('analyze.resp.findings')}`, '');
  if (respFindings.length === 0) out.push(t('analyze.resp.noFindings'), '');
  else out.push(...findingRows(respFindings), '');

  // 4. Terms
  out.push(`## ${t('analyze.terms.heading')}`, '', `### ${t('analyze.terms.distinct')}`, '');
  if (report.terms.distinct.length === 0) out.push(t('analyze.terms.noDistinct'), '');
  else {
    out.push(...mdTable(
      [t('analyze.col.term'), t('analyze.terms.usedIn'), t('analyze.terms.boundary'), t('analyze.col.term'), t('analyze.terms.usedIn'), t('analyze.terms.boundary')],
      report.terms.distinct.map(({ a, b }) => [
        `**${a.term.item.term}** (\`${a.term.item.id}\`)`, usesText(a), a.term.item.boundary ?? t('analyze.terms.noBoundary'),
        `**${b.term.item.term}** (\`${b.term.item.id}\`)`, usesText(b), b.term.item.boundary ?? t('analyze.terms.noBoundary'),
      ]),
    ), '');
  }
  out.push(`### ${t('analyze.terms.avoided')}`, '');
  const avoided = findingsOf(report, ['term-avoid']);
  if (off('term-avoid')) out.push(t('analyze.off'), '');
  else if (avoided.length === 0) out.push(t('analyze.terms.noneAvoided'), '');
  else out.push(...findingRows(avoided), '');
  out.push(`### ${t('analyze.terms.unused')}`, '');
  const unused = findingsOf(report, ['term-unused']);
  if (off('term-unused')) out.push(t('analyze.off'), '');
  else if (unused.length === 0) out.push(t('analyze.terms.noneUnused'), '');
  else out.push(...findingRows(unused), '');

  // 5. Readability
  out.push(`## ${t('analyze.readability.heading')}`, '');
  const long = findingsOf(report, ['sentence-length']);
  if (off('sentence-length')) out.push(t('analyze.off'), '');
  else if (long.length === 0) out.push(t('analyze.readability.none', { max: report.settings.sentenceWords }), '');
  else out.push(...findingRows(long), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

// ---------------------------------------------------------------------------------------------
// JSON

function reportJson(report: AnalysisReport, context: ReportContext): unknown {
  const counts = countBySeverity(report.findings);
  const unit = (u: Unit) => ({ kind: u.kind, id: u.id, name: u.name, ...at(context.cwd, u.section.file, unitPath(u)) });
  const duty = (d: DutyRef) => ({ role: d.role.item.id, level: d.role.item.level, duty: d.duty + 1, text: d.text, ...at(context.cwd, d.role.section.file, dutyPath(d)) });
  const pair = (p: DutyPair) => ({
    score: round(p.score),
    a: duty(p.a),
    b: duty(p.b),
    shared: p.shared,
    ...(p.division ? { division: { role: p.division.from.item.id, with: p.division.entry.role, note: p.division.entry.note } } : {}),
  });
  const usage = (u: TermUsage) => ({ id: u.term.item.id, term: u.term.item.term, uses: u.uses.map((x) => ({ section: x.section || null, count: x.count, items: x.items })) });
  return {
    format: 'pedoman-analysis',
    version: 1,
    guideline: display(context.cwd, report.guideline.root),
    settings: { programmeOverlap: report.settings.overlap, dutyDuplicate: report.settings.duties, sentenceMaxWords: report.settings.sentenceWords },
    severities: report.severities,
    summary: { errors: counts.error, warnings: counts.warning, infos: counts.info, errorsElsewhere: report.errorsElsewhere },
    overlap: {
      programmes: report.overlap.programmes.map(({ programme }) => programme),
      undeclared: report.overlap.undeclared.map((p) => ({ score: round(p.score), item: unit(p.unit), programme: p.programme.programme.id, shared: p.shared })),
      declared: report.overlap.declared.map((d) => ({ score: round(d.score), item: unit(d.unit), programme: d.programme.programme.id, kind: d.relation.kind, note: d.relation.note })),
    },
    duties: {
      undeclared: report.duties.undeclared.map(pair),
      declared: report.duties.declared.map(pair),
      divisions: report.duties.divisions.map((d) => ({ role: d.from.item.id, with: d.entry.role, note: d.entry.note })),
    },
    responsibility: {
      levels: report.responsibility.levels,
      matrix: report.responsibility.rows.map((row) => ({
        mechanism: row.mechanism.item.id,
        levels: Object.fromEntries(row.levels.map((l) => [l, row.cells.get(l)!.map((r) => r.item.id)])),
        outside: row.outside.map((r) => r.item.id),
      })),
      appointments: report.responsibility.appointments.map((a) => ({
        role: a.role.item.id,
        level: a.role.item.level,
        by: a.by ?? null,
        appointerLevel: a.appointer?.level ?? null,
        ok: appointmentCheck(report, a.role) === t('analyze.ok'),
      })),
    },
    terms: {
      distinct: report.terms.distinct.map(({ a, b }) => ({ a: usage(a), b: usage(b) })),
      usage: report.terms.usage.map(usage),
      unused: report.terms.unused.map((u) => u.term.item.id),
    },
    readability: {
      maxWords: report.settings.sentenceWords,
      long: report.findings.filter((f) => f.ruleId === 'sentence-length').length,
    },
    findings: report.findings.map((f) => ({ ...f, file: display(context.cwd, f.file) })),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
