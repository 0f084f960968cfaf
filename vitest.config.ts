import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 20000,
    hookTimeout: 20000,
    pool: 'forks',
    // The machine's terminal, locale and time zone must not decide a result: the in-process
    // prompts read TERM (Node's readline has no line editing when TERM=dumb, as on many CI
    // runners), dates depend on the zone. Each test that needs another value sets it itself.
    env: { TERM: 'xterm-256color', TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', LANGUAGE: '', PEDOMAN_LANG: '' },
  },
});
