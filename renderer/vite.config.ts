import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contract } from '../shared/contract/index';
import { antdCssVars, antdHashModule } from './vite-antd-css-vars';
import { firstScreenCss } from './vite-first-screen-css';
import { liteMessagesModule } from './vite-lite-messages';

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
 * The entry (main.tsx) only asks who is signed in and then imports the light first screen
 * (src/lite/lite-screen.tsx: the queue drawn without antd) or the app. So that the light screen's scripts
 * download with the page instead of after the entry has run, the HTML names them up front (modulepreload
 * links), as Vite does for an entry's static imports. Not the app's and antd's: the light screen paints
 * first and they load right after it — preloaded, they were compiled while the light screen waited for
 * them (its heading 1.1 s instead of 1.4 s at 1×, 2.8 s instead of 3.5 s at 4×, same run; issue 17). The
 * entry imports the app at once when it opens on another screen.
 */
function preloadLiteScreen(): Plugin {
  return {
    name: 'review-desk-preload-lite-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        const chunks = Object.values(bundle ?? {}).filter((c) => c.type === 'chunk');
        const lite = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith('/src/lite/lite-screen.tsx'));
        if (!bundle || !lite) return html;
        const scripts = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (scripts.has(fileName) || chunk?.type !== 'chunk') return;
          scripts.add(fileName);
          chunk.imports.forEach(visit);
        };
        visit(lite.fileName);
        const named = (file: string) => html.includes(`"./${file}"`);
        // antd's stylesheet is left to the import (Vite's preload helper adds it): a stylesheet named in
        // the HTML would hold the entry back until a megabyte of CSS had loaded and parsed.
        return [
          ...[...scripts].filter((f) => !named(f)).map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

/**
 * zod (the contract's schemas) in a chunk of its own: only pages validate, but left to itself the bundler
 * folded it into the chunk the entry imports, so the first screen paid for it (issue 17: first screen).
 * The shell imports the zod-free vocabulary (shared/domain/roles.ts, shown-status.ts) to keep it out.
 */
const LAZY_LIBRARIES = [
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
  // React alone (not react-dom): the entry loads the opening page's module with it, before the app's
  // big chunk has arrived (renderer/src/page-loaders.ts).
  { name: 'react', test: /node_modules[\\/]react[\\/]/ },
];

// Relative asset paths so the same build works from app:// in Electron and http:// in browser mode.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), methodRoles(), antdHashModule(), preloadLiteScreen(), antdCssVars(), firstScreenCss(), liteMessagesModule()],
  build: {
    // A benchmark may build into its own folder (renderer-at-commit.ts); REVIEW_DESK_SINGLE_BUNDLE=1 builds
    // the same code as one script, to compare with page-level code splitting.
    outDir: process.env.REVIEW_DESK_RENDERER_OUT ?? '../build/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // Source maps only for profiling (tests/bench/first-screen-profile.ts attributes CPU time to packages).
    sourcemap: process.env.REVIEW_DESK_SOURCEMAP === '1',
    rolldownOptions: { output: { codeSplitting: process.env.REVIEW_DESK_SINGLE_BUNDLE === '1' ? false : { groups: LAZY_LIBRARIES } } },
  },
});
