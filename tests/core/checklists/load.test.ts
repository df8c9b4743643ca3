import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultResourcesDir,
  loadBuiltinTemplates,
  loadLegalBasisLibrary,
  loadPhraseLibrary,
  loadReviewResources,
} from '../../../main/core/checklists/index.js';

const shipped = defaultResourcesDir();
const temps: string[] = [];
function tempResources(): string {
  const root = mkdtempSync(join(tmpdir(), 'rd-checklists-'));
  temps.push(root);
  for (const sub of ['checklists', 'legal-basis', 'phrases']) mkdirSync(join(root, sub), { recursive: true });
  return root;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const shippedTemplate = (type: string) => JSON.parse(readFileSync(join(shipped, 'checklists', `${type}.json`), 'utf8'));

describe('loaders', () => {
  it('a template with a missing field fails naming the file and the issue path', () => {
    const root = tempResources();
    const template = shippedTemplate('village.rules');
    delete template.items[2].question;
    const file = join(root, 'checklists', 'village.rules.json');
    writeFileSync(file, JSON.stringify(template));
    expect(() => loadBuiltinTemplates(root)).toThrow(file);
    expect(() => loadBuiltinTemplates(root)).toThrow(/items\[2\]\.question（第3个审查要点 › 审查问题）/);
  });

  it('a wrong enum value is reported in Chinese', () => {
    const root = tempResources();
    const template = shippedTemplate('decision');
    template.items[0].dimension = 'legality';
    writeFileSync(join(root, 'checklists', 'decision.json'), JSON.stringify(template));
    expect(() => loadBuiltinTemplates(root)).toThrow(/items\[0\]\.dimension.*无效选项/);
  });

  it('a file that is not JSON fails naming the file', () => {
    const root = tempResources();
    const file = join(root, 'legal-basis', 'library.json');
    writeFileSync(file, '{"version": "1", "entries": [');
    expect(() => loadLegalBasisLibrary(root)).toThrow(new RegExp(`${file.replace(/[.\\]/g, '\\$&')}.*不是有效的 JSON`));
  });

  it('a template whose file name disagrees with its matter type is refused', () => {
    const root = tempResources();
    writeFileSync(join(root, 'checklists', 'normative.json'), JSON.stringify(shippedTemplate('decision')));
    expect(() => loadBuiltinTemplates(root)).toThrow(/文件名应为 decision\.json/);
  });

  it('duplicate ids in the phrase library are refused', () => {
    const root = tempResources();
    const lib = JSON.parse(readFileSync(join(shipped, 'phrases', 'library.json'), 'utf8'));
    lib.phrases.push(lib.phrases[0]);
    writeFileSync(join(root, 'phrases', 'library.json'), JSON.stringify(lib));
    expect(() => loadPhraseLibrary(root)).toThrow(/常用意见编号“PH-VR-FINE”重复/);
  });

  it('the cross-check finds a dangling basis id and a missing matter type', () => {
    const root = tempResources();
    const template = shippedTemplate('contract');
    template.items[0].basis.push('civil-9999');
    writeFileSync(join(root, 'checklists', 'contract.json'), JSON.stringify(template));
    for (const sub of ['legal-basis', 'phrases']) {
      writeFileSync(join(root, sub, 'library.json'), readFileSync(join(shipped, sub, 'library.json')));
    }
    let message = '';
    try {
      loadReviewResources(root);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('“civil-9999”在法律依据库中不存在');
    expect(message).toContain('事项类型“village.rules”应有且只有一个内置审查清单');
  });
});

describe('defaultResourcesDir', () => {
  it('walks up from a compiled location to the folder holding resources/checklists', () => {
    const root = mkdtempSync(join(tmpdir(), 'rd-layout-'));
    temps.push(root);
    mkdirSync(join(root, 'resources', 'checklists'), { recursive: true });
    const compiled = join(root, 'build', 'main', 'core', 'checklists');
    mkdirSync(compiled, { recursive: true });
    expect(defaultResourcesDir(pathToFileURL(join(compiled, 'index.js')).href)).toBe(join(root, 'resources'));
  });

  it('finds the shipped resources from the source tree', () => {
    expect(loadBuiltinTemplates(defaultResourcesDir()).length).toBeGreaterThan(0);
  });

  it('says so when there is no resources folder above', () => {
    const root = mkdtempSync(join(tmpdir(), 'rd-empty-'));
    temps.push(root);
    expect(() => defaultResourcesDir(pathToFileURL(join(root, 'x.js')).href)).toThrow(/找不到资源目录/);
  });
});
