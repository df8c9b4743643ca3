/**
 * Round seventeen, issue 13: mechanisms, not another part's examples. Sentences from real pages on sites that are not in
 * tests/fixtures/rules-corpus/MANIFEST.tsv (each source in a comment; traditional script converted, nothing else
 * changed), plus one pattern written by hand where no such page was found (marked). Every case that should change fails
 * on the round-sixteen engine 4ae2212 (checked in a `git worktree`); the guards — cases that must stay as they were —
 * pass on both and are marked "Guard". The library side of (A) is in statute-sanctions.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../main/core/rules/index.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { blocks } from './rule-probe.js';

/** Every finding on a page whose first line is its title (passed as the matter's title too, as the app does). */
function all(type: MatterType, ...lines: string[]) {
  const bs = blocks(...lines);
  const found = runChecks({ blocks: bs, type, title: lines[0] as string });
  for (const f of found) expect(bs[f.paragraph]?.text.slice(f.start, f.end)).toBe(f.excerpt);
  return found;
}
const page = (type: MatterType, rule: string, ...lines: string[]) => all(type, ...lines).filter((f) => f.rule === rule);
const on = (found: { excerpt: string }[], words: string) => found.filter((f) => f.excerpt.includes(words));

describe('(A) a sanction the cited statute itself carries is restated (行政处罚法第14条, 立法法第11条)', () => {
  // http://www.wzshenglong.com/wap/showxw.asp?id=10284 (肇东, 2021-01-13): the law's article printed under its citation
  // line; the library's 治安管理处罚法第二十五条 carries 拘留 and 罚款.
  const zhaodong = [
    '肇东市出现新冠？假的！',
    '目前，公安机关正追查造谣者，并将依法予以严惩。',
    '《中华人民共和国治安管理处罚法》第二十五条',
    '有下列行为之一的，处五日以上十日以下拘留，可以并处五百元以下罚款；情节较轻的，处五日以下拘留或者五百元以下罚款：(一)散布谣言，谎报险情、疫情、警情或者以其他方法故意扰乱公共秩序的；',
  ];
  it('the article under a line that cites it: no fine and no detention of the page\'s own', () => {
    expect(page('normative', 'rules.sets-fine', ...zhaodong)).toHaveLength(0);
    expect(page('normative', 'rules.restricts-liberty', ...zhaodong)).toHaveLength(0);
  });
  it('Guard: a citation in the notice\'s preamble does not reach an item that confines people (许昌, a preamble basis names no article)', () => {
    // http://hebian.cn/forum.php?extra=page%3D1&mod=viewthread&tid=30657 (许昌市人民政府通告, 2021-08-05)
    const found = page(
      'normative',
      'rules.restricts-liberty',
      '许昌市人民政府关于对东城区半截河街道名门尚居小区采取隔离控制措施的通告',
      '2021年8月4日，我市东城区半截河街道名门尚居小区发现1例新型冠状病毒感染密切接触者。为扎实做好疫情防控工作，防治疫情蔓延，根据《中华人民共和国传染病防治法》的相关规定，许昌市人民政府政府决定从2021年8月6日零时起，对名门尚居小区采取隔离控制措施。现将有关事项通告如下：',
      '三、名门尚居小区所有住户应当自觉遵守规定，服从管理，不得擅自离开住所，主动配合做好体温测量和医学观察，严格落实清洁、消毒、通风措施。除工作人员和工作车辆外，其他人员和车辆不得擅自出入隔离控制区域。',
    );
    expect(on(found, '不得擅自离开住所')).toHaveLength(1);
  });
});

describe('(B) a tally of enforcement already done reports actions and sets nothing', () => {
  // https://www.longan.gov.cn/sitesources/aylaq/page_pc/zwgk/bmdt/article8bf33f096c4f4d0ba300467317456939.html
  // (龙安区城市管理行政执法局, 部门动态): a work report under no reporter's byline reads as an instrument.
  const longan = [
    '龙安区城管执法局开展占道经营集中整治',
    '龙安区城市管理行政执法局各乡办、中队采取高压态势执法，7月15日至21日，以文昌辖区为重点开展了集中整治、严厉打击辖区内涉及占道经营、店外经营等行为，确保整治效果。龙安区城管执法局通过联合整治行动的宣传、教育、引导、限期整改，引导经营商户自觉遵守城市管理各项规定，自行进行整改，对屡教不改，仍然出店、占道经营的行为一律进行强制收缴、暂扣。',
    '本周共清理占道经营店外经营共211处，暂扣电子秤8台，罚款4550元，整治门头牌匾、占道广告牌100余块，处理条幅及违法张贴小广告乱贴乱画60余处。',
  ];
  it('"本周共清理…211处，暂扣电子秤8台，罚款4550元": no fine, no seizure', () => {
    expect(on(page('normative', 'rules.sets-fine', ...longan), '本周共清理')).toHaveLength(0);
    expect(on(page('normative', 'normative.sets-coercion', ...longan), '本周共清理')).toHaveLength(0);
  });
  it('Guard: the same page\'s rule for whoever persists ("…的行为一律进行强制收缴、暂扣") is still a measure it sets', () => {
    expect(on(page('normative', 'normative.sets-coercion', ...longan), '一律进行强制收缴')).toHaveLength(1);
  });
  it('an evening\'s operation told with its results ("…进行了集中整治，依法取缔…2处…依法暂扣…60余件") sets no seizure', () => {
    // https://meipian.cn/1csq3veg (临潼区城管局, 集中整治再继续 空挡管理固成效)
    const found = page(
      'normative',
      'normative.sets-coercion',
      '集中整治再继续 空挡管理固成效',
      '当晚9:30至11:30，区城管局在主要领导和分管领导带队下，出动7台执法车、1台宣传车、执法管理人员40余人，对城区23条主干道违法占道经营和流动摊点进行了集中整治，依法取缔占道经营2处、流动摊点4处，纠正违规出店经营2处，依法暂扣违法经营工具、物品60余件，批评教育10余人。',
    );
    expect(found).toHaveLength(0);
  });
  it('Guard: a fine with its sum for whoever breaks the rule is not a tally', () => {
    // Written by hand from the pattern: the rule counterpart of the tally above.
    const found = page('normative', 'rules.sets-fine', '关于规范占道经营的通告', '三、对占道经营的，由城管执法人员一律处以200元罚款。');
    expect(found).toHaveLength(1);
  });
});

describe('(C) a named rule\'s content reported after 规定/写明/约定 is that rule\'s clause', () => {
  // Written by hand from the pattern (no page on a site outside the manifest was found in this round): a report that
  // names the village's rules and gives their content with no punctuation between.
  it('"村里的公约写明外嫁女户口必须迁出，否则不享受分红" in a report is the rules\' clause', () => {
    const found = page('village.other', 'village-rules.married-out-women', '某村外嫁女维权记', '记者了解到，村里的公约写明外嫁女户口必须迁出，否则不享受分红。');
    expect(found).toHaveLength(1);
  });
  it('Guard: the document named as the ground of what was done to someone is the reporter\'s story', () => {
    const found = page('village.other', 'rules.sets-fine', '某村外嫁女维权记', '记者了解到，2019年，村民张某按照村规民约规定被村委会收取了200元。');
    expect(found).toHaveLength(0);
  });
});
