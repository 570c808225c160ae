import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Served by apps/server under /admin/. */
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
});
