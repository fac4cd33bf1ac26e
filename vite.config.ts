import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from app://siteproof in Electron and from a local server in the browser;
// relative asset paths work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
});
