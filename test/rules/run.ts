// Shared by the rule tests: write a guideline, check it, pick findings, find lines in the written files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkGuideline } from '../../src/rules/check.js';
import { writeGuideline, type Files } from '../helpers/fixture.js';
import { type Finding } from '../../src/core/findings.js';
import { openGuideline } from '../../src/model/guideline.js';

export interface Checked {
  root: string;
  findings: Finding[];
  /** Findings of one rule. */
  of(ruleId: string): Finding[];
  /** 1-based line of the nth (0-based) occurrence of `needle` in a written file. */
  lineOf(rel: string, needle: string, nth?: number): number;
  /** 1-based column of the nth occurrence of `needle` on its line. */
  columnOf(rel: string, needle: string, nth?: number): number;
}

export async function check(files: Files): Promise<Checked> {
  const root = await writeGuideline(files);
  const { findings } = await checkGuideline(openGuideline(root));
  const offsetOf = (rel: string, needle: string, nth = 0) => {
    const text = readFileSync(join(root, rel), 'utf8');
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`${needle} not found ${nth + 1} times in ${rel}`);
    }
    return { text, at };
  };
  return {
    root,
    findings,
    of: (ruleId) => findings.filter((f) => f.ruleId === ruleId),
    lineOf: (rel, needle, nth) => {
      const { text, at } = offsetOf(rel, needle, nth);
      return text.slice(0, at).split('\n').length;
    },
    columnOf: (rel, needle, nth) => {
      const { text, at } = offsetOf(rel, needle, nth);
      return at - text.lastIndexOf('\n', at - 1);
    },
  };
}
