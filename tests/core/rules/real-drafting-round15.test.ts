/**
 * Round fifteen, issue 13: the document-kind step (main/core/rules/document-kind.ts). A text is either an instrument
 * that sets things or text about instruments — news, a Q&A page, an explainer or essay, a judgment — and any page may
 * carry stretches that speak about rather than set (its frame, its Q&A lines). In text about instruments only a
 * provision quoted or reported as the content of a specific document counts (labels-test.json "//"); narrative,
 * commentary and legal reasoning do not. Cases written by hand from the pattern, not copied from a corpus page; every
 * "must not fire" case below fired on the round-fourteen engine (aaa8b6e), checked in a `git worktree`; the cases that
 * must still fire (quoted provisions, instruments) pass on both and are marked "Guard".
 */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../../main/core/rules/document-kind.js';
import { runChecks } from '../../../main/core/rules/index.js';
import type { MatterType } from '../../../shared/domain/matter.js';
import { blocks } from './rule-probe.js';

/** The findings of `rule` on a page whose first line is its title, passed as the matter's title too (as the app does). */
function page(type: MatterType, rule: string, ...lines: string[]) {
  const bs = blocks(...lines);
  const all = runChecks({ blocks: bs, type, title: lines[0] as string });
  for (const f of all) expect(bs[f.paragraph]?.text.slice(f.start, f.end)).toBe(f.excerpt);
  return all.filter((f) => f.rule === rule);
}
const kindOf = (...lines: string[]) => classifyDocument(blocks(...lines), lines[0] as string).kind;

describe('the kind of a document', () => {
  it('news under a headline that tells a text was issued, a Q&A page, an essay in its own voice', () => {
    expect(kindOf('某镇出台《违法建筑整治方案》', '近日，某镇对辖区内违法建筑开展集中整治。', '据了解，镇执法队共查封违建工地3处。')).toBe('news');
    expect(kindOf('农村乱倒垃圾怎么处理', '问：村委会可以罚款吗？', '答：不可以。', '问：谁来清理？', '答：由村委会组织清理。')).toBe('qa');
    expect(kindOf('村规民约的罚款问题', '笔者认为，村规民约中的罚款条款往往没有法律依据。', '本文认为，应当以批评教育代替罚款。')).toBe('explainer');
    expect(kindOf('一图读懂《某市养犬管理规定》', '养犬要办证！', '未办证的，将被处以罚款。')).toBe('explainer');
  });
  it('Guard: an instrument stays one — its own articles, 本办法, 特此通告 — whatever its headline-like title or reporting words', () => {
    expect(kindOf('某县农村建房管理办法', '第一条 为规范农村建房，制定本办法。', '第二条 据了解的情况，由乡镇人民政府核实。')).toBe('instrument');
    expect(kindOf('某村修订村规民约', '第一条 村民应遵守国家法律。', '第二条 爱护公共设施。', '第三条 本公约自通过之日起施行。')).toBe('instrument');
    expect(kindOf('关于印发《某县农村建房管理办法》的通知', '各乡镇人民政府：', '现将《某县农村建房管理办法》印发给你们，请认真贯彻执行。')).toBe('instrument');
  });
});

describe('news telling what happened sets nothing (行政处罚法第14条, 行政强制法第10条, 立法法第11条)', () => {
  it('enforcement and quarantine told as news under a headline about a text', () => {
    expect(page('normative', 'normative.sets-coercion', '某镇出台《违法建筑整治方案》', '近日，某镇对辖区内违法建筑开展集中整治。', '据了解，镇执法队共查封违建工地3处，强制拆除违建2000平方米。', '来源：某镇政府网')).toHaveLength(0);
  });
  it('a story opening with its day and told by a reporter ("1月19日，…", "据悉") under a plain headline', () => {
    expect(kindOf('某村村民群里发言被罚款', '1月19日，一男子因在村微信群发言，被村委会罚款200元。', '据悉，目前已有20多人被罚。')).toBe('news');
    expect(page('village.rules', 'rules.sets-fine', '某村村民群里发言被罚款', '1月19日，一男子因在村微信群发言，被村委会罚款200元。', '据悉，目前已有20多人被罚。')).toHaveLength(0);
  });
  it('Guard: minutes tell what a meeting did and decided — they are the instrument', () => {
    expect(kindOf('某村村民代表会议纪要', '3月5日上午，村委会召开村民代表会议。', '据了解，会议由村主任主持。', '会议决定：出嫁女不再参与本年度征地补偿款分配。')).toBe('instrument');
  });
  it('Guard: a provision the news reports as the content of a specific document still fires', () => {
    expect(page('normative', 'fair-competition.local-preference', '某市出台《支持本地企业发展若干措施》', '近日，市政府出台若干措施支持本地企业发展。', '据了解，措施鼓励政府采购优先采购本地企业产品。', '记者 李四')).toHaveLength(1);
    expect(page('village.rules', 'rules.sets-fine', '某村修订村规民约', '日前，某村召开村民代表大会，修订了村规民约。', '记者看到，新修订的村规民约第五条规定：“乱倒垃圾的，罚款200元。”', '通讯员 张三')).toHaveLength(1);
  });
});

describe('Q&A lines ask and answer about the rules; they set none', () => {
  it('a question about a fine, an answer restating a measure', () => {
    expect(page('normative', 'rules.sets-fine', '农村乱倒垃圾怎么处理', '问：村民在河道乱倒垃圾，村委会可以罚款吗？', '答：由城管部门责令改正，可以处罚款。', '问：谁来负责清理？', '答：由村委会组织清理。')).toHaveLength(0);
    expect(page('normative', 'rules.restricts-liberty', '疫情防控常见问题', '问：从外地回来要隔离吗？', '答：从中高风险地区返回的人员，一律居家隔离14天。', '问：隔离期间能出门吗？', '答：不能，隔离期满后方可外出。')).toHaveLength(0);
  });
  it('Q&A lines appended to an instrument speak about it; its own articles still set', () => {
    const lines = ['某县农村建房管理办法', '第一条 为规范农村建房，制定本办法。', '第二条 未经批准擅自建房的，由乡镇人民政府处以2000元罚款。', '第三条 本办法自2023年1月1日起施行，有效期五年。', '问：隔离期间能出门吗？', '答：从外地返回的人员一律居家隔离14天，期满后方可外出。'];
    expect(page('normative', 'rules.restricts-liberty', ...lines)).toHaveLength(0);
    // Guard: the instrument's own fine.
    expect(page('normative', 'rules.sets-fine', ...lines)).toHaveLength(1);
  });
  it('Guard: a clause the asker quotes from a specific document still fires', () => {
    expect(page('village.rules', 'rules.sets-fine', '村规民约问答', '问：我们村的村规民约第六条规定“乱砍滥伐的罚款500元”，合法吗？', '答：村规民约不能设定罚款，该条款应予修改。')).toHaveLength(1);
  });
});

describe('explainers and essays about a topic: the writer\'s examples and views are commentary', () => {
  it('an essay in its own voice about fines in village rules', () => {
    expect(page('village.rules', 'rules.sets-fine', '村规民约的罚款问题', '笔者认为，村规民约中规定的罚款条款，往往没有法律依据。', '比如一些村规定乱倒垃圾罚款200元，这种做法值得商榷。', '本文认为，应当以批评教育代替罚款。')).toHaveLength(0);
  });
  it('an explainer of a regulation restates its licence and its fine', () => {
    const lines = ['一图读懂《某市犬类管理条例》', '养犬要办证！', '在本市重点管理区内养犬的，实行养犬许可证制度，须领取《养犬许可证》。', '未办证的，由公安机关处以500元罚款。'];
    expect(page('normative', 'rules.sets-fine', ...lines)).toHaveLength(0);
    // Guard (quiet on both engines: the 条例 is named).
    expect(page('normative', 'normative.sets-license', ...lines)).toHaveLength(0);
  });
  it('Guard: an essayist\'s sentence inside an instrument is commentary; the instrument\'s own fine still fires', () => {
    expect(page('village.rules', 'rules.sets-fine', '某村村规民约', '第一条 乱倒垃圾的，罚款200元。', '第二条 本公约自通过之日起施行。')).toHaveLength(1);
    expect(page('village.rules', 'rules.sets-fine', '某村村规民约', '第一条 村民应爱护环境。', '笔者认为，一些村规定乱倒垃圾罚款200元，值得商榷。', '第二条 本公约自通过之日起施行。')).toHaveLength(0);
  });
});

describe('a kind of drafting described is no specific document\'s content; a headline is no clause', () => {
  it('"一些村的村规民约规定…" in an essay, a quoted name in a news headline', () => {
    expect(page('village.rules', 'village-rules.married-out-women', '农村外嫁女土地权益问题', '在农村，外嫁女往往被剥夺土地承包权。', '一些村的村规民约规定，出嫁女不得参与征地补偿款分配。', '我们认为，应当加强对村规民约的合法性审查。', '笔者建议，完善相关立法。')).toHaveLength(0);
    const news = page('village.rules', 'rules.sets-fine', '某村的“罚款公约”引争议', '近日，有网友反映，某村村委会张贴告示称，在村内乱倒垃圾者将被罚款200元。', '记者联系该村村委会，工作人员表示告示已撤下。');
    expect(news.map((f) => f.paragraph)).toEqual([1]);
    // A document's nickname quoted in the reporter's sentence is no quotation of its clause.
    expect(page('village.rules', 'rules.sets-fine', '某村村规引争议', '近日，记者来到某村，村里的“罚款公约”引发不少争议。', '据了解，村委会已着手修改。')).toHaveLength(0);
  });
  it('a Q&A\'s general answer about validity periods gives no document\'s period', () => {
    expect(page('normative', 'normative.validity-over-5y', '规范性文件有效期问答', '问：我市的政策文件有效期一般多长？', '答：过去一般文件的有效期为10年，现在多为5年。')).toHaveLength(0);
  });
  it('Guard: a period a report gives for a specific document still counts', () => {
    expect(page('normative', 'normative.validity-over-5y', '某县出台《农村建房管理办法》', '近日，某县政府印发《农村建房管理办法》，记者了解到，该办法有效期为10年。', '据了解，下一步将加强宣传。')).toHaveLength(1);
  });
});

describe('judgments reason about a clause; the clause quoted is the one that counts', () => {
  it('Guard (quiet on both engines): the court\'s reasoning and the parties\' pleas set nothing', () => {
    expect(page('village.rules', 'village-rules.married-out-women', '张某与某村委会侵害集体经济组织成员权益纠纷', '原告张某诉称，其系被告村集体经济组织成员。', '被告辩称，原告已出嫁，依村规民约不再享受分配。', '本院认为，被告以原告出嫁为由不予分配征地补偿款，违反法律规定。')).toHaveLength(0);
  });
  it('Guard: the village rule the court quotes still fires', () => {
    expect(page('village.rules', 'village-rules.married-out-women', '张某与某村委会纠纷', '原告张某诉称，其系被告村集体经济组织成员。', '经审理查明，该村村规民约第八条规定：“出嫁女户口未迁出的，不享受土地补偿款分配。”', '本院认为，上述条款违反法律规定，应属无效。')).toHaveLength(1);
  });
});

describe('a page\'s frame is the site\'s, not the document\'s', () => {
  const notice = (...frame: string[]) =>
    page('normative', 'placeholder.blank', '某县关于加强农村建房管理的通知', ...frame, '各乡镇人民政府：', '一、严格审批。', '二、加强巡查。', '某县人民政府', '2023年5月6日');
  it('字体, 信息狀態, 分享到, 浏览次数 left empty by the copy are no blanks', () => {
    expect(notice('字体：[ 大 中 小 ]', '信息狀態：', '浏览次数：', '分享到：')).toHaveLength(0);
    // Guard (quiet on both engines: round thirteen A's page labels).
    expect(notice('2024-10-18 来源:政府办公室 字体: 打印 分享至:')).toHaveLength(0);
  });
  it('Guard: a field of the document left empty is still a blank', () => {
    expect(notice('分享到：', '联系人：', '联系电话：')).toHaveLength(1);
  });
});

describe('the sixteenth part\'s false alarms, by class (round fifteen, after its second run)', () => {
  it('a page frame written as a list item with pinyin annotations', () => {
    expect(page('normative', 'placeholder.blank', '- 索引號:430623/2022-1425220', '- 發(fā)布機構(gòu):某縣政府', '- 信息狀態(tài):', '- 生效日期:2022-07-26', '某縣人民政府關於禁止投肥養殖的通告', '一、全縣大水面禁止投肥養殖。', '某縣人民政府', '2017年5月6日')).toHaveLength(0);
  });
  it('confiscation with the statute\'s scaled fine, in a notice made under the statute, restates it; a flat fine of its own does not', () => {
    const notice = (item: string) => page('normative', 'rules.sets-fine', '关于禁止非法捕捞的通告', '为保护渔业资源，根据《中华人民共和国渔业法》等法律法规制定本通告，通告如下：', '一、禁止电鱼、毒鱼、炸鱼。', item);
    expect(notice('二、使用禁用渔具捕捞的，没收渔获物和违法所得，处五万元以下的罚款。')).toHaveLength(0);
    // Guard (fires on both engines): the notice's own flat sum.
    expect(notice('二、使用禁用渔具捕捞的，没收渔具，一律罚款500元。')).toHaveLength(1);
  });
  it('a season\'s window by month and day under a title naming one year is the notice\'s period; one repeated every year is not', () => {
    const ban = (title: string, window: string) => page('normative', 'normative.no-validity-period', title, '根据《中华人民共和国渔业法》的有关规定，现将禁渔有关事项公告如下：', '一、禁渔范围：某河全段。', window, '三、禁渔期间严禁任何单位和个人在禁渔区内从事捕捞作业。', '某县农业委员会');
    expect(ban('某县2016年禁渔公告', '二、禁渔时间：4月1日—6月30日')).toHaveLength(0);
    // Guards (fire on both engines): a standing yearly ban, and a window with no year in the title.
    expect(ban('某县2016年禁渔公告', '二、禁渔时间：每年4月1日—6月30日')).toHaveLength(1);
    expect(ban('某县禁渔公告', '二、禁渔时间：4月1日—6月30日')).toHaveLength(1);
  });
  it('the outlets an emergency closure spares are no designated trading partner', () => {
    expect(page('normative', 'fair-competition.local-preference', '某镇疫情防控封控措施的通告', '三、除指定蔬菜粮油超市外，镇内所有餐饮场所、网吧、浴池等公共场所全部关停。')).toHaveLength(0);
    // Guard (fires on both engines): buying from a designated shop.
    expect(page('normative', 'fair-competition.local-preference', '某镇办公用品采购管理办法', '三、各村办公用品一律到指定超市采购。')).toHaveLength(1);
  });
  it('the two places the sixteenth\'s firing rules missed: a stay-in order with its exemption after the confined, pets reclassed as strays', () => {
    expect(page('normative', 'rules.restricts-liberty', '某市疫情防控通告', '三、各小区加强体温检测。', '四、其他家庭成员除疫情防控、生病就医以及急需工作以外，不得外出。')).toHaveLength(1);
    expect(page('normative', 'normative.sets-coercion', '某市公安局关于规范养犬的通告', '四、凡未圈（拴）养的家犬，流放外出的一律视为流浪狗，由市公安局依法进行处理。')).toHaveLength(1);
    // Guards (quiet on both engines): an owner told to fetch his dog, animals kept in.
    expect(page('normative', 'normative.sets-coercion', '某市公安局关于规范养犬的通告', '四、被视为流浪狗的犬只，由犬主人凭证自行领回。')).toHaveLength(0);
    expect(page('normative', 'rules.restricts-liberty', '某市犬只管理通告', '三、其他犬只除接种疫苗以外，不得外出。')).toHaveLength(0);
  });
  it('a report whose lead announces a document\'s content ("相关措施如下：") reports that content in the items under it', () => {
    const lines = ['某镇实行最严格封控措施', '记者从某镇疫情防控指挥部获悉，18日起，对全镇实行最严格的封控措施。相关措施如下：', '一是全镇所有居民一律不许流动，全部居家隔离；', '二是所有餐饮场所全部关停。', '（记者 王五）'];
    expect(kindOf(...lines)).toBe('news');
    // The reported measure fires (it did not on the round-fourteen engine, which took the page for a report and the
    // item for the reporter's sentence).
    expect(page('normative', 'rules.restricts-liberty', ...lines)).toHaveLength(1);
  });
});
