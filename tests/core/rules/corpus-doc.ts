// Prints every finding the rules give one document of a tuning part, with its labels, for looking at a miss:
//   npx tsx tests/core/rules/corpus-doc.ts <part> <file>
// (never point it at the part kept untouched for the next round's one run)
import { runChecks } from '../../../main/core/rules/engine.js';
import { loadSplit, type Split } from './corpus.js';

const split = process.argv[2] as Split;
const name = process.argv[3] ?? '';
const doc = (await loadSplit(split)).find((d) => d.name === name);
if (!doc) throw new Error(`${name} is not in the ${split} part`);
console.log(`${doc.name} (${doc.type}, title ${doc.title ?? '—'}) labels ${JSON.stringify(doc.labels)}`);
for (const f of runChecks({ blocks: doc.blocks, type: doc.type, ...(doc.title ? { title: doc.title } : {}) })) {
  console.log(`${f.severity.padEnd(8)} ${f.rule.padEnd(34)} 「${f.excerpt.slice(0, 80)}」`);
}
