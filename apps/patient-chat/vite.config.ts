import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Served by apps/server under /chat/. */
export default defineConfig({
  base: '/chat/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
});
