// The language choice end to end: --lang, then PEDOMAN_LANG, then the system locale, else
// English; for messages, prompts' wording and every help text, commander's own words included.
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';

const ENGLISH = /\b(the|and|with|show|print|default|choices|Usage|Options|Commands|Arguments)\b/;

async function help(argv: string[], lang: 'en' | 'id'): Promise<string> {
  const result = await runCli([...argv, '--help'], { env: { PEDOMAN_LANG: lang } });
  expect(result.code, argv.join(' ')).toBe(0);
  return result.stdout;
}

function commandsIn(text: string): string[] {
  const block = text.split(/^(?:Commands|Perintah):$/m)[1] ?? '';
  return [...block.matchAll(/^ {2}([a-z][a-z_-]*)/gm)].map((m) => m[1]!).filter((n) => n !== 'help');
}

describe('language of messages and help', () => {
  it('follows PEDOMAN_LANG, then LANG, and defaults to English, in the built binary', () => {
    const id = spawnCli(['--help'], { env: { PEDOMAN_LANG: 'id' } });
    expect(id.stdout).toMatch(/^Penggunaan: pedoman/);
    expect(id.stdout).toContain('Perintah:');
    expect(id.stdout).toContain('membuat ruang kerja pedoman baru');
    const locale = spawnCli(['section', '--help'], { env: { PEDOMAN_LANG: '', LANG: 'id_ID.UTF-8' } });
    expect(locale.stdout).toMatch(/^Penggunaan: pedoman section/);
    const english = spawnCli(['section', '--help'], { env: { PEDOMAN_LANG: '', LANG: 'C' } });
    expect(english.stdout).toMatch(/^Usage: pedoman section/);
    expect(english.stdout).toContain('list, add, move, rename or remove sections');
    const flag = spawnCli(['--lang', 'en', 'section', '--help'], { env: { PEDOMAN_LANG: 'id' } });
    expect(flag.stdout).toMatch(/^Usage:/);
    const message = spawnCli(['--lang', 'id', 'section', 'list', '--dir', 'no-such-folder']);
    expect(message.code).toBe(2);
    expect(message.stderr).toContain('folder tidak ada: no-such-folder');
  });

  it("puts commander's parse errors in the user's language, as one line", async () => {
    const unknown = await runCli(['--lang', 'id', 'section', 'list', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("pedoman: opsi '--bogus' tidak dikenal\n");
    const choice = await runCli(['--lang', 'id', 'rules', '--format', 'xml']);
    expect(choice.stderr).toBe("pedoman: opsi '-f, --format <format>' tidak menerima 'xml'; gunakan salah satu dari: table, md, json\n");
    const missing = await runCli(['--lang', 'id', 'completion']);
    expect(missing.stderr).toBe("pedoman: argumen wajib 'shell' tidak ada\n");
    const command = await runCli(['--lang', 'id', 'sectoin']);
    expect(command.stderr).toContain("perintah 'sectoin' tidak dikenal");
    const many = await runCli(['section', 'list', 'extra']);
    expect(many.stderr).toBe("pedoman: too many arguments for 'list': it takes 0, got 1\n");
    const english = await runCli(['section', 'list', '--bogus']);
    expect(english.stderr).toBe("pedoman: unknown option '--bogus'\n");
  });

  it('has every help text of every command in Indonesian', async () => {
    const seen: string[] = [];
    const visit = async (path: string[]) => {
      const [en, id] = [await help(path, 'en'), await help(path, 'id')];
      seen.push(path.join(' ') || 'pedoman');
      // Command names, flags, placeholders and `code` are the same in both languages.
      const words = (line: string) => line.replace(/^ {2}[a-z][a-z_-]*/, '').replace(/`[^`]*`|--?[a-z][a-z-]*|<[^>]+>|\[[^\]]+\]/g, '');
      const english = id.split('\n').filter((line) => !line.startsWith('Penggunaan: ') && ENGLISH.test(words(line)));
      expect(english, `pedoman ${path.join(' ')} --help (id)`).toEqual([]);
      for (const sub of commandsIn(en)) await visit([...path, sub]);
    };
    await visit([]);
    expect(seen).toEqual(expect.arrayContaining(['pedoman', 'init', 'section', 'section add', 'item add', 'completion', 'validate']));
  });

  it('localises the default and choices notes of options', async () => {
    const en = await help(['section', 'add'], 'en');
    expect(en.replace(/\s+/g, ' ')).toContain('(choices: narrative, terms, roles, mechanisms, indicators, forms)');
    const id = await help(['section', 'add'], 'id');
    expect(id.replace(/\s+/g, ' ')).toContain('(pilihan: narrative, terms, roles, mechanisms, indicators, forms)');
    // --kind takes the Indonesian names too, and says so.
    expect(id.replace(/\s+/g, ' ')).toContain('jenis bagian: uraian, istilah, peran, mekanisme, indikator, atau format');
    expect(await help(['validate'], 'id')).toContain('(bawaan: "stylish")');
  });
});
