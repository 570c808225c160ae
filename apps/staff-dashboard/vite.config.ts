import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Served by apps/server under /staff/. */
export default defineConfig({
  base: '/staff/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
});
