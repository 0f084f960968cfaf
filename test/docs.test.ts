// The README is the newcomer's only guide: it must name every command and every rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleInfos } from '../src/rules/check.js';
import { setLanguage } from '../src/i18n/index.js';
import { REPO, runCli } from './helpers/cli.js';

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');

describe('README', () => {
  it('shows the set-up and test commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('documents every rule', () => {
    setLanguage('en');
    for (const rule of ruleInfos()) expect(readme, rule.id).toContain(`\`${rule.id}\``);
  });

  it('documents every command', async () => {
    const help = (await runCli(['--help'])).stdout;
    const commands = [...help.split('Commands:')[1]!.matchAll(/^ {2}([a-z-]+)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands.length).toBeGreaterThan(1);
    for (const command of commands) expect(readme, command).toMatch(new RegExp(`pedoman ${command}\\b`));
  });
});
