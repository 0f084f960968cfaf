import { afterEach, describe, expect, it } from 'vitest';
import { cleanupGuidelines, variant, writeGuideline } from '../helpers/fixture.js';
import { runCli, spawnCli } from '../helpers/cli.js';

afterEach(cleanupGuidelines);

describe('pedoman rules', () => {
  it('lists every check with its default severity', async () => {
    const result = await runCli(['rules', '--format', 'json']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { id: string; severity: string; defaultSeverity: string }[];
    expect(rows.find((r) => r.id === 'term-spelling')).toMatchObject({ severity: 'warning', defaultSeverity: 'warning' });
    expect(rows.find((r) => r.id === 'schema')).toMatchObject({ severity: 'error' });
  });

  it("applies a guideline's ruleset with --dir", async () => {
    const root = await writeGuideline(variant((f) => { f['pedoman.yaml'].rules = { 'term-spelling': 'error', 'open-question': { severity: 'off' } }; }));
    const rows = JSON.parse((await runCli(['rules', '--format', 'json', '--dir', root])).stdout) as { id: string; severity: string }[];
    expect(rows.find((r) => r.id === 'term-spelling')?.severity).toBe('error');
    expect(rows.find((r) => r.id === 'open-question')?.severity).toBe('off');
  });

  it('prints a Markdown table and survives a closed pipe', () => {
    const result = spawnCli(['rules', '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toBe('|---|---|---|');
    expect(spawnCli(['rules', '--format', 'xml']).code).toBe(2);
  });
});
