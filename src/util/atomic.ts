// Every write pedoman makes goes through here: write-file-atomic writes a temporary file
// and renames it, so a crash or Ctrl-C never leaves a half-written file.
import writeFileAtomicModule from 'write-file-atomic';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function writeFileAtomic(path: string, data: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomicModule(path, data);
}
