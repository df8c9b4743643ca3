import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { defaultResourcesDir, loadBuiltinTemplates, loadLegalBasisLibrary, loadPhraseLibrary } from '../../../main/core/checklists/index.js';
import { BASIS } from '../../../main/core/rules/basis.js';
import { formatCitation, parseCitationRef, resolveArticle, resolveReference } from '../../../main/core/statutes/citation.js';
import { extractCitations } from '../../../main/core/statutes/extract-citations.js';
import { closeStatutes, statuteDb } from '../../../main/core/statutes/statute-store.js';
import { makeTempDir } from '../../support/temp-dir.js';

const dir = defaultResourcesDir();
const library = loadLegalBasisLibrary(dir);
const templates = loadBuiltinTemplates(dir);
const phrases = loadPhraseLibrary(dir).phrases;
const entry = (id: string) => library.entries.find((e) => e.id === id)!;
const items = (id: string) => templates.flatMap((t) => t.items.filter((i) => i.id === id));
const temp = makeTempDir('citations-');
let db: Database.Database;

beforeAll(() => {
  db = statuteDb(temp.dir);
});
afterAll(() => {
  closeStatutes(temp.dir);
  temp.remove();
});

/** The store's text of one cited unit, e.g. ('农村土地承包法', '第28条第2款'). */
const text = (law: string, article: string) => resolveReference(db, law, article)!.quote;

describe('citations as data', () => {
  it('parses and prints citations in the one standard form', () => {
    expect(parseCitationRef('第10条第4款')).toEqual({ keys: ['10'], paragraph: 4, item: null });
    expect(parseCitationRef('第十七条之一')).toEqual({ keys: ['17-1'], paragraph: null, item: null });
    expect(parseCitationRef('第19–21条').keys).toEqual(['19', '20', '21']);
    expect(parseCitationRef('第470条第（五）项')).toEqual({ keys: ['470'], paragraph: null, item: 5 });
    expect(formatCitation('中华人民共和国行政许可法', '第十七条')).toBe('《中华人民共和国行政许可法》第十七条');
    expect(resolveArticle(db, '行政许可法', '第17条')!.citation).toBe('《中华人民共和国行政许可法》第十七条');
  });

  it('counts 款 without the 项 lines: 行政诉讼法 第12条第2款 is the sentence after the twelve items', () => {
    expect(text('行政诉讼法', '第12条第2款')).toBe('除前款规定外，人民法院受理法律、法规规定可以提起诉讼的其他行政案件。');
    expect(text('行政诉讼法', '第12条第1款第（十一）项')).toMatch(/^（十一）认为行政机关不依法履行/);
  });

  it('every library entry resolves against the store, or is marked as outside the snapshot (未收录)', () => {
    const unresolved: string[] = [];
    for (const e of library.entries) {
      const resolved = resolveReference(db, e.law, e.article);
      if (e.outsideSnapshot) {
        // The mark must be true: the store really does not hold the document.
        expect(resolved, e.id).toBeNull();
        continue;
      }
      if (!resolved) {
        unresolved.push(`${e.id} ${e.law} ${e.article}`);
        continue;
      }
      // The shipped quote is the store's text of the cited unit; the source names the file it came from.
      expect(e.quote, e.id).toBe(resolved.quote);
      expect(e.versionDate, e.id).toBe(resolved.versionDate);
      expect(e.source, e.id).toMatch(/\.md$/);
      for (const f of resolved.files.split('\n')) expect(e.source, e.id).toContain(f);
    }
    expect(unresolved).toEqual([]);
    expect(library.entries.filter((e) => e.outsideSnapshot).length).toBe(14);
  });

  it('an entry marked 【原文】 does not also ask the reader to check the original', () => {
    const contradictory = library.entries.filter((e) => e.certainty === 'verbatim' && /请核对原文/.test(`${e.note ?? ''}${e.summary}`));
    expect(contradictory.map((e) => e.id)).toEqual([]);
    // verbatim: true means the summary is the cited text itself (its 款 run together).
    for (const e of library.entries.filter((x) => x.verbatim)) expect(e.quote!.replace(/\n/g, ''), e.id).toBe(e.summary);
  });

  it('every checklist item cites library entries that resolve or are marked 未收录', () => {
    const ids = new Set(library.entries.map((e) => e.id));
    for (const t of templates) for (const i of t.items) for (const b of i.basis) expect(ids.has(b), `${i.id} ${b}`).toBe(true);
  });

  it('every article cited in the rules’ basis texts, the phrases and the checklist guidance resolves', () => {
    const outside = new Set(library.entries.filter((e) => e.outsideSnapshot).map((e) => e.law));
    // Short names reviewers write (合同编通则解释) are the library's aliases of the full name.
    const alias = new Map(library.entries.flatMap((e) => (e.aliases ?? []).map((a): [string, string] => [a, e.law])));
    const texts: [string, string][] = [
      ...Object.entries(BASIS).map(([k, v]): [string, string] => [`rule ${k}`, v]),
      ...phrases.map((p): [string, string] => [`phrase ${p.id}`, p.text]),
      ...templates.flatMap((t) => t.items.map((i): [string, string] => [`item ${i.id}`, `${i.question}${i.guidance}`])),
    ];
    const failed: string[] = [];
    let count = 0;
    for (const [where, body] of texts) {
      for (const c of extractCitations(body)) {
        if ([...outside].some((o) => o.includes(c.law))) continue;
        count++;
        if (!resolveReference(db, alias.get(c.law) ?? c.law, c.article)) failed.push(`${where}: ${c.law} ${c.article}`);
      }
    }
    expect(failed).toEqual([]);
    expect(count).toBeGreaterThan(150);
  });
});

describe('citations corrected against the article text (issue 18)', () => {
  it('农村土地承包法 第28条: adjustment only in special cases such as natural disasters, only 耕地和草地', () => {
    expect(text('农村土地承包法', '第28条第2款')).toContain('因自然灾害严重毁损承包地等特殊情形对个别农户之间承包的耕地和草地需要适当调整的');
    expect(entry('lca-28').summary).toContain('因自然灾害严重毁损承包地等特殊情形');
    for (const i of items('VM-12')) {
      expect(i.guidance).toContain('因自然灾害严重毁损承包地等特殊情形');
      expect(i.guidance).toContain('耕地和草地');
      expect(i.guidance).toContain('即使经三分之二以上同意并获批准也不合法');
    }
  });

  it('农村土地承包法 第64条 is the 发包方’s right; the 承包方’s termination right is 第42条 only', () => {
    expect(text('农村土地承包法', '第64条')).toContain('承包方在合理期限内不解除土地经营权流转合同的，发包方有权要求终止土地经营权流转合同');
    expect(entry('lca-64').summary).toContain('发包方有权要求终止');
    expect(entry('lca-64').note).toContain('只规定在第42条');
    for (const i of items('VC-12')) expect(i.guidance).toMatch(/第64条是另一回事.*发包方有权要求终止/);
  });

  it('农村土地承包法 第27条第1款 has no exception; 第13条 concerns land only', () => {
    expect(text('农村土地承包法', '第27条第1款')).toBe('承包期内，发包方不得收回承包地。');
    expect(entry('lca-27').summary).not.toContain('另有规定');
    expect(text('农村土地承包法', '第13条')).not.toMatch(/财产/);
    expect(entry('lca-13').summary).toContain('只规定土地的发包');
    for (const i of items('VC-01')) expect(i.guidance).not.toContain('土地、财产');
  });

  it('农村集体经济组织法 第27条: the denominator is 成员大会全体成员, stricter rules prevail', () => {
    expect(text('农村集体经济组织法', '第27条第3款')).toContain('应当经本农村集体经济组织成员大会全体成员三分之二以上同意，本法或者其他法律法规、农村集体经济组织章程有更严格规定的，从其规定');
    expect(text('农村集体经济组织法', '第26条第1款')).toMatch(/^农村集体经济组织成员大会由具有完全民事行为能力的全体成员组成/);
    expect(entry('rceo-27').summary).toContain('成员大会全体成员三分之二以上同意');
    expect(entry('rceo-27').summary).toContain('更严格规定的，从其规定');
    for (const i of items('VM-10')) expect(i.guidance).toContain('成员大会全体成员（具有完全民事行为能力的全体成员');
    expect(phrases.find((p) => p.id === 'PH-VM-MEMBER-ASSEMBLY')!.text).toContain('成员大会全体成员三分之二以上同意');
    expect(BASIS.quorum).toContain('成员大会全体成员三分之二以上同意');
  });

  it('农村集体经济组织法 第35条 binds the officers; 第（四）项 verbatim; 第26条第2款 makes Party study a statutory step', () => {
    expect(text('农村集体经济组织法', '第35条第2款第（四）项')).toBe('（四）违反法律法规或者国家有关规定为地方政府举借债务；');
    expect(entry('rceo-35').summary).toMatch(/^农村集体经济组织理事会成员、监事会成员或者监事、主要经营管理人员不得/);
    expect(entry('rceo-35').summary).toContain('违反法律法规或者国家有关规定为地方政府举借债务');
    for (const i of items('VC-14')) expect(i.question).toContain('违反法律法规或者国家有关规定为地方政府举借债务');
    expect(text('农村集体经济组织法', '第26条第2款')).toBe('需由成员大会审议决定的重要事项，应当先经乡镇党委、街道党工委或者村党组织研究讨论。');
    for (const i of items('VM-06')) {
      expect(i.guidance).toContain('第26条第2款规定的法定步骤');
      expect(i.basis).toContain('rceo-26');
    }
  });

  it('保障中小企业款项支付条例 第9条: 60 days is the default, 进度结算 is 第9条第4款', () => {
    expect(text('保障中小企业款项支付条例', '第9条第2款')).toContain('合同另有约定的，从其约定，但应当按照行业规范、交易习惯合理约定付款期限');
    expect(text('保障中小企业款项支付条例', '第9条第4款')).toBe('合同约定采取履行进度结算、定期结算等结算方式的，付款期限应当自双方确认结算金额之日起算。');
    expect(text('保障中小企业款项支付条例', '第10条')).not.toContain('进度结算');
    expect(entry('sme-9').summary).toContain('约定超过60日本身并不违法');
    expect(entry('sme-10').summary).toContain('规定在第9条第4款，不在本条');
    for (const i of items('GC-10')) expect(i.guidance).toContain('约定超过60日本身不违法');
    expect(BASIS.sme).toContain('60日是默认期限');
  });

  it('优化营商环境条例 第65条 is a prompt; 重大行政决策程序暂行条例 第32条 says 应当', () => {
    expect(text('优化营商环境条例', '第65条第1款')).toContain('应当结合实际，确定是否为市场主体留出必要的适应调整期');
    expect(entry('obe-65').summary).toContain('确定是否为市场主体留出必要的适应调整期');
    for (const i of items('NS-11')) expect(i.defaultSeverity).toBe('hint');
    expect(text('重大行政决策程序暂行条例', '第32条')).toContain('应当说明公众意见、专家论证意见的采纳情况');
    expect(entry('md-32').summary).toBe(text('重大行政决策程序暂行条例', '第32条'));
    for (const i of items('MD-15')) expect(i.guidance).toContain('是“应当”，不是“必要时”');
    expect(phrases.find((p) => p.id === 'PH-MD-PUBLISH')!.text).toContain('应当说明公众意见、专家论证意见的采纳情况');
  });

  it('the rule on cutting supplies or removing 低保 cites by situation, not 农村土地承包法 第28条', () => {
    expect(BASIS.deprive).not.toContain('第28条');
    expect(BASIS.deprive).toContain('《民法典》第654条、第656条');
    expect(BASIS.deprive).toContain('《社会救助暂行办法》第11条、第13条');
    expect(BASIS.deprive).toContain('《土地管理法》第66条');
    expect(BASIS.utility).toContain('《民法典》第654条');
    expect(text('民法典', '第654条第1款')).toContain('供电人可以按照国家规定的程序中止供电');
    expect(text('社会救助暂行办法', '第13条第3款')).toContain('县级人民政府民政部门应当及时决定增发、减发或者停发最低生活保障金');
    expect(text('土地管理法', '第66条第1款')).toContain('报经原批准用地的人民政府批准，可以收回土地使用权');
  });
});
