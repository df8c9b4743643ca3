import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative asset paths so the same build works from app:// in Electron and http:// in browser mode.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../build/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
