// A process that imports one large DOCX as a new matter, printing "step N" after each write transaction,
// so a test can kill it (SIGKILL) in the middle of an import written in steps. Run with `node --import tsx`:
//   big-importer.ts DATA_DIR FILE
import { readFileSync } from 'node:fs';
import { CreateMatterInput } from '../../shared/contract/matters.js';
import { openCore } from '../../main/core/core.js';
import { importAsNewMatter } from '../../main/core/documents/document-service.js';
import { observeWriteTransactions } from '../../main/core/store/write-transaction.js';

const [dataDir, file] = process.argv.slice(2) as [string, string];
const core = await openCore(dataDir);
let step = 0;
observeWriteTransactions(() => process.stdout.write(`step ${++step}\n`));
const matter = CreateMatterInput.parse({ type: 'village.rules', title: '被中断的大文件', submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' });
await importAsNewMatter(core.db, 'tester', matter, { fileName: '大文件.docx', bytes: readFileSync(file) });
process.stdout.write('done\n');
core.close();
