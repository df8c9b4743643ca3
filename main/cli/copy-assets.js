// Build step: copies the non-TypeScript files the compiled main process reads at run time.
import { cpSync } from 'node:fs';

cpSync('main/core/store/migrations', 'build/main/core/store/migrations', {
  recursive: true,
  filter: (src) => !src.includes('.') || src.endsWith('.sql') || src.endsWith('migrations'),
});
