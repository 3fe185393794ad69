import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The phone page (renderer/phone): its own small bundle (out/phone), served by the room from memory. Relative
 * asset paths, because the page lives under the room's secret path.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer/phone'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/phone'),
    emptyOutDir: true,
    minify: true,
    // One script and one stylesheet: nothing for a phone to preload on a slow hotspot.
    modulePreload: false,
    rollupOptions: { output: { entryFileNames: 'assets/phone-[hash].js', assetFileNames: 'assets/phone-[hash][extname]' } },
  },
});
