import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The dashboard compiles the shared rules from source, so one edit in shared/ reaches both sides.
export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: {
      '@qadagalau/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true },
    },
  },
});
