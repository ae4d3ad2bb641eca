/// <reference types="vitest/config" />
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rootDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * Where `npm run build` writes the bundle. The Maven build sets LEDGER_UI_OUT_DIR
 * (e.g. to the backend's target/classes/static); a relative value is resolved
 * against this folder. Defaults to ./dist.
 */
function resolveOutDir(): string {
  const configured = process.env.LEDGER_UI_OUT_DIR?.trim();
  const outDir = path.resolve(rootDir, configured ? configured : 'dist');
  if (outDir === path.parse(outDir).root || outDir === rootDir) {
    throw new Error(`Refusing to build into ${outDir}: set LEDGER_UI_OUT_DIR to a dedicated folder`);
  }
  return outDir;
}

/** Backend used by `npm run dev` for /api and /actuator. */
const backendUrl = process.env.LEDGER_API_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': path.resolve(rootDir, 'src') },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backendUrl, changeOrigin: false },
      '/actuator': { target: backendUrl, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: backendUrl, changeOrigin: false },
      '/actuator': { target: backendUrl, changeOrigin: false },
    },
  },
  build: {
    outDir: resolveOutDir(),
    // The output folder belongs to the UI alone, also when it lies outside this project.
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate files cache better.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|cookie)\//.test(id)) return 'react';
          if (/node_modules\/(i18next|react-i18next|html-parse-stringify|void-elements)\//.test(id)) return 'i18n';
          if (id.includes('node_modules/zod/')) return 'zod';
          return 'vendor';
        },
      },
      onwarn(warning, warn) {
        // zod ships /* @__PURE__ */ comments that Rollup cannot place; harmless.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
    css: false,
  },
});
