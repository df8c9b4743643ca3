import { describe, expect, it } from 'vitest';
import { CORE_DIMENSIONS } from '../../../shared/domain/checklist.js';
import { MATTER_TYPES } from '../../../shared/domain/matter.js';
import {
  defaultResourcesDir,
  findPhraseReferenceProblems,
  findTemplateReferenceProblems,
  loadBuiltinTemplates,
  loadLegalBasisLibrary,
  loadPhraseLibrary,
  loadReviewResources,
  searchLegalBasis,
} from '../../../main/core/checklists/index.js';

const dir = defaultResourcesDir();
const templates = loadBuiltinTemplates(dir);
const library = loadLegalBasisLibrary(dir);
const phrases = loadPhraseLibrary(dir);

describe('shipped checklist templates', () => {
  it('one built-in template per matter type, loaded and validated', () => {
    expect(templates.map((t) => t.matterType)).toEqual([...MATTER_TYPES]);
    for (const template of templates) {
      expect(template.source).toBe('builtin');
      expect(template.id).toBe(`builtin.${template.matterType}`);
    }
  });

  it.each(MATTER_TYPES)('%s covers the four legality dimensions', (type) => {
    const template = templates.find((t) => t.matterType === type)!;
    for (const dimension of CORE_DIMENSIONS) {
      expect(template.items.filter((item) => item.dimension === dimension).length, dimension).toBeGreaterThan(0);
    }
  });

  it('item ids are unique within each template', () => {
    for (const template of templates) {
      const ids = template.items.map((item) => item.id);
      expect(new Set(ids).size, template.matterType).toBe(ids.length);
    }
  });

  it('every basis id in every template resolves in the library', () => {
    for (const template of templates) expect(findTemplateReferenceProblems(template, library)).toEqual([]);
    const known = new Set(library.entries.map((e) => e.id));
    const cited = templates.flatMap((t) => t.items.flatMap((item) => item.basis));
    expect(cited.length).toBeGreaterThan(200);
    expect(cited.filter((id) => !known.has(id))).toEqual([]);
  });

  it('keeps the reference IDs for the checkpoints', () => {
    const ids = (type: string) => templates.find((t) => t.matterType === type)!.items.map((item) => item.id);
    expect(ids('village.rules')).toEqual(expect.arrayContaining(['VR-01', 'VR-05', 'VR-08', 'VR-10', 'VR-11']));
    expect(ids('village.contract')).toEqual(expect.arrayContaining(['VC-01', 'VC-05', 'VC-14', 'VC-18']));
    expect(ids('normative')).toEqual(expect.arrayContaining(['NS-01', 'NS-04', 'NS-14', 'NS-17']));
    for (let n = 1; n <= 17; n++) {
      const id = `MD-${String(n).padStart(2, '0')}`;
      const decision = ids('decision');
      expect(decision.some((x) => x === id || x.startsWith(`${id}-`)), id).toBe(true);
    }
    expect(ids('contract')).toEqual(expect.arrayContaining(['CT-01', 'CT-05', 'GC-01', 'GC-07a', 'GC-17']));
  });

  it('marks what the reference does not confirm, and explains it', () => {
    const items = templates.flatMap((t) => t.items);
    const flagged = items.filter((item) => item.certainty === 'unverified' || item.certainty === 'practice');
    expect(flagged.length).toBeGreaterThan(0);
    for (const item of flagged) expect(item.note, item.id).toBeTruthy();
    // Never a 必须修改 on an unverified point (the reference: show it as 请核实, not 违法).
    expect(items.filter((item) => item.certainty === 'unverified' && item.defaultSeverity === 'must')).toEqual([]);
    const validity = items.find((item) => item.id === 'NS-14')!;
    expect(validity.certainty).toBe('practice');
  });
});

describe('legal-basis library', () => {
  it('summaries are marked verbatim only for 【原文】 entries', () => {
    const verbatim = library.entries.filter((e) => e.verbatim);
    expect(verbatim.length).toBeGreaterThan(0);
    expect(verbatim.length).toBeLessThan(library.entries.length / 10);
    for (const entry of verbatim) expect(entry.certainty, entry.id).toBe('verbatim');
  });

  it('holds the articles the pre-check rules cite', () => {
    const cited: [string, string][] = [
      ['民法典', '470'], ['民法典', '490'], ['民法典', '496'], ['民法典', '506'], ['民法典', '510'],
      ['民法典', '585'], ['民法典', '586'], ['民法典', '705'], ['民法典', '707'],
      ['行政处罚法', '9'], ['行政处罚法', '16'], ['行政处罚法', '17'], ['行政许可法', '17'],
      ['行政强制法', '10'], ['行政强制法', '13'], ['妇女权益保障法', '55'], ['妇女权益保障法', '56'],
      ['村民委员会组织法', '22'], ['村民委员会组织法', '24'], ['村民委员会组织法', '26'],
      ['村民委员会组织法', '27'], ['村民委员会组织法', '28'],
      ['公平竞争审查条例', '8'], ['公平竞争审查条例', '9'], ['公平竞争审查条例', '10'],
      ['保障中小企业款项支付条例', '9'], ['保障中小企业款项支付条例', '12'], ['保障中小企业款项支付条例', '13'],
      ['仲裁法', '16'], ['仲裁法', '18'], ['仲裁法若干问题的解释', '7'], ['行政协议', '26'],
      ['713号令', '15'], ['713号令', '19'], ['713号令', '22'], ['713号令', '25'], ['713号令', '26'], ['713号令', '30'],
      ['农村土地承包法', '38'], ['土地管理法', '63'], ['农村集体经济组织法', '27'],
    ];
    for (const [law, article] of cited) {
      const hits = searchLegalBasis(library, `${law} 第${article}条`);
      expect(hits.length, `${law}第${article}条`).toBeGreaterThan(0);
      expect(hits[0]!.law.replace(/[《》〈〉]/g, '')).toContain(law === '713号令' ? '重大行政决策程序暂行条例' : law);
    }
  });

  it('gives versions from the reference for dated laws', () => {
    const byId = new Map(library.entries.map((e) => [e.id, e]));
    expect(byId.get('sme-9')).toMatchObject({ effectiveDate: '2025-06-01' });
    expect(byId.get('md-25')).toMatchObject({ effectiveDate: '2019-09-01' });
    expect(byId.get('vco-27')?.version).toBe('2018修正');
    expect(byId.get('arb-16')?.note).toContain('2025年9月12日修订');
  });
});

describe('phrase library', () => {
  it('has at least 40 phrases whose basis and items resolve', () => {
    expect(phrases.phrases.length).toBeGreaterThanOrEqual(40);
    expect(findPhraseReferenceProblems(phrases.phrases, library, templates)).toEqual([]);
  });

  it('covers every matter type', () => {
    for (const type of MATTER_TYPES) {
      expect(phrases.phrases.some((p) => p.matterTypes.length === 0 || p.matterTypes.includes(type)), type).toBe(true);
    }
  });

  it('loads as a whole with cross-checks', () => {
    const all = loadReviewResources(dir);
    expect(all.templates).toHaveLength(MATTER_TYPES.length);
    expect(all.legalBasis.entries.length).toBe(library.entries.length);
  });
});
