import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web app: sources in web/, built into dist/web (after `nest build`, which empties dist/),
 * served by the service at /. Component tests (Vitest) live beside the components.
 */
export default defineConfig({
  root: here,
  // Vite 8 compiles TSX itself (Oxc); React's automatic JSX runtime, so no plugin is needed.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // TanStack Query marks its modules "use client" for React Server Components; meaningless in a plain SPA.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '^/(?!app|src|@|node_modules|assets).+': 'http://localhost:3000' } },
  test: {
    root: here,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
