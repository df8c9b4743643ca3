import { Option, type Command } from 'commander';
import type { SearchResult } from '../../../shared/contract/search.js';
import { DOCUMENT_ROLE_ZH } from '../../../shared/domain/document-roles.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { MATTER_TYPES } from '../../../shared/domain/matter-vocabulary.js';
import { dataOption } from '../data-option.js';
import { plainSnippet } from '../plain-snippet.js';
import { plainSearchInput, schemaSearchInput } from '../search-input.js';

export { plainSnippet };

interface SearchCommandOptions {
  data: string;
  type?: MatterType;
  unit?: string;
  year?: string;
  limit: string;
  json?: boolean;
}

export async function runSearch(query: string, options: SearchCommandOptions): Promise<SearchResult> {
  // Checked without zod when plainly valid; otherwise by the contract's schema, which words the refusal.
  const input = plainSearchInput(query, options) ?? (await schemaSearchInput(query, options));
  // The archive (SQLite) and the search service load when the command runs (issue 17).
  const [{ openCore }, { searchQuery }] = await Promise.all([import('../../core/core.js'), import('../../core/search/search-service.js')]);
  const core = await openCore(options.data);
  try {
    return searchQuery(core.db, input);
  } finally {
    core.close();
  }
}

function printHuman(result: SearchResult): void {
  if (result.total === 0) {
    console.log('没有找到匹配的内容。');
    return;
  }
  console.log(`共 ${result.total}${result.totalCapped ? '+' : ''} 处匹配，显示 ${result.hits.length} 条：`);
  for (const hit of result.hits) {
    const where =
      hit.kind === 'matter'
        ? '事项标题'
        : `${DOCUMENT_ROLE_ZH[hit.role ?? 'attachment']} 第${hit.version}版 ${hit.fileName}（文档 #${hit.documentId}，第 ${(hit.blockIndex ?? 0) + 1} 段）`;
    console.log(`${hit.serial} ${hit.title} · ${where}`);
    console.log(`    ${plainSnippet(hit.snippet)}`);
  }
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('全文检索事项标题与文档内容（full-text search）')
    .addOption(dataOption())
    .addOption(new Option('--type <type>', '只检索该类型的事项').choices([...MATTER_TYPES]))
    .option('--unit <unit>', '送审单位（包含该文字）')
    .option('--year <year>', '收件年份')
    .option('--limit <n>', '最多显示条数', '50')
    .option('--json', '以 JSON 输出')
    .argument('<query>', '检索词')
    .action(async (query: string, options: SearchCommandOptions) => {
      const result = await runSearch(query, options);
      if (options.json) console.log(JSON.stringify(result, null, 2));
      else printHuman(result);
    });
}
