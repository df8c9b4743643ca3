import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contract } from '../shared/contract/index';

/**
 * `virtual:method-roles`: which roles may call each method, read from the contract at build time. The
 * shell needs only this table to build its menu; importing the contract itself would put zod and every
 * schema in the first script the app loads (issue 17: first screen).
 */
function methodRoles(): Plugin {
  const id = 'virtual:method-roles';
  return {
    name: 'review-desk-method-roles',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (loaded) => {
      if (loaded !== `\0${id}`) return null;
      const table = Object.fromEntries(Object.entries(contract).map(([method, spec]) => [method, spec.roles]));
      return `export default ${JSON.stringify(table)};`;
    },
  };
}

/**
 * zod (the contract's schemas) in a chunk of its own: only pages validate, but left to itself the bundler
 * folded it into the chunk the entry imports, so the first screen paid for it (issue 17: first screen).
 * The shell imports the zod-free vocabulary (shared/domain/roles.ts, shown-status.ts) to keep it out.
 */
const LAZY_LIBRARIES = [{ name: 'zod', test: /node_modules[\\/]zod[\\/]/ }];

// Relative asset paths so the same build works from app:// in Electron and http:// in browser mode.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), methodRoles()],
  build: {
    // The first-screen benchmark builds the same code as one script into its own folder, as the
    // baseline for page-level code splitting (tests/bench/first-screen-bench.ts).
    outDir: process.env.REVIEW_DESK_RENDERER_OUT ?? '../build/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // Source maps only for profiling (tests/bench/first-screen-profile.ts attributes CPU time to packages).
    sourcemap: process.env.REVIEW_DESK_SOURCEMAP === '1',
    rolldownOptions: { output: { codeSplitting: process.env.REVIEW_DESK_SINGLE_BUNDLE === '1' ? false : { groups: LAZY_LIBRARIES } } },
  },
});
