#!/usr/bin/env node
// The `review-desk` command. In a source checkout it runs the TypeScript directly through tsx, so
// `npx review-desk` works right after `npm install`; an installed build runs the compiled JavaScript.
import { existsSync } from 'node:fs';

const source = new URL('./main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('./main.js', import.meta.url).href);
}
