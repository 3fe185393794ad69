import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/unit/shared/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'architecture', include: ['test/unit/architecture/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'electron', include: ['test/unit/electron/**/*.test.{ts,tsx}'], environment: 'node', testTimeout: 30_000 } },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // Full screens render in jsdom; on a busy 2-core CI machine they need more than 5 s.
          testTimeout: 20_000,
          setupFiles: ['test/unit/renderer/setup.ts'],
        },
      },
    ],
    reporters: process.env.CI_JSON ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
  },
});
