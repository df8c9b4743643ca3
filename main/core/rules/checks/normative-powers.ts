import { lawSetApproval } from './law-set-measures.js';
import { citesBasis, clauseInReport, inDefiningList, negatedBefore, scan } from './helpers.js';
import { BASIS } from '../basis.js';
import type { Rule, UnitHit } from '../types.js';
import { measureBeyondVagueBasis } from './vague-basis-scope.js';
import { withRegionalCoercion } from './regional-words.js';
import { isVehicleMeasure, vehicleMeasureExcused, withVehicleMeasures } from './vehicle-measures.js';
import { narratedEnforcement } from './narrated-enforcement.js';
import { basisOpensLaterClause } from './penalty-basis-scope.js';
import { statuteArticleParagraph } from './quoted-articles.js';
import { restatesCitedStatute } from './statute-linked.js';
import { SANCTION } from '../statutes/sanction-classes.js';
import { cutAimsAtActivity, directMeasureExcused, isDirectMeasure, namesLaw, withDirectMeasures } from './direct-measures.js';

/**
 * Creating an approval/licence requirement for citizens, firms or activities — also a step put before a
 * licence the law sets ("办理建设工程规划许可证前，应…经镇人民政府审核同意"), and the long-range forms real
 * drafting uses: "凭…准运证方可运输", "未取得…开采证的…不得从事", "取得…经营资格证后方可从事".
 */
/** The round-eight forms; a match of these alone keeps its old reading. */
const BASE_LICENSE_RE =
  /(须|必须|应当|应|需|需要)(先|事先|预先)?(经|取得|办理|报|向|持有|领取|申领|申请)[^。;\n]{0,30}?(许可证|许可|批准|审批|核准|准入证|准营证|登记证|经营证|准运证)|实行[^。;\n]{0,10}?(许可证|[\u4e00-\u9fa5]{1,3}证)(制度|管理)|领取《[^》]{1,20}(许可证|经营证|准营证)》|(经|报)[^。;\n]{0,12}?(批准|审批|核准|许可|同意)(后)?[^。;\n]{0,4}?(方可|才能|始得|才可)|未经[^。;\n]{0,12}?(批准|许可|审批|核准)[^。;\n]{0,8}?(不得|禁止|一律)|实行[^。;\n]{0,8}?(许可|审批|准入|核准)(制度|管理|制)|备案后(方可|才能)|(办理|申请|申领|取得|核发)[^。;\n]{0,16}?(许可证|许可|执照|证照)(前|之前)[^。;\n]{0,40}?(经|由|报)[^。;\n]{0,16}?(审核|审查|同意|批准|核准|签署意见|出具意见)|不予(签发|核发|发放|办理|批准|审批|许可|登记)[^。;\n]{0,10}?(证书|证|许可|执照|手续)|(须|必须|应当|应)(先)?(取得|持有|领取)[^。;\n]{0,30}?《[^》]{1,24}备案(证明|证)》|(市|县|区|镇)[^。;,，、\n]{0,8}(颁发|核发)的《[^》]{1,20}(许可证|经营证|准营证)》/;
/**
 * Round twelve (A): the other forms a licence takes when a text makes something the condition of acting (行政许可法第12、
 * 15、17条): an organ's consent, a registration or a filing before the act ("未经镇人民政府同意…不得", "未经登记…不得",
 * "未经备案的，不得"), a review before it ("须经镇政府审核后方可"), a paper an organ issues ("凭村委会出具的同意证明方可"),
 * a qualification it grants ("须具备…核定的施工资质方可"). A private consent (未经权利人同意) is no licence.
 */
/** Work a qualification is asked for (a qualification licence names no other activity). */
const QUALIFIED_WORK_RE = /承接|承揽|从业|执业|上岗|施工/;
const STATUTORY_REGISTRATION_RE = /工商|市场监督管理|市场监管|营业执照|企业登记|公司登记|社会团体|社会组织|民办非企业|民政|不动产|婚姻|户口|户籍/;
/** 方可 as "may" — not the 方 of a party ("受让方可以", "双方可"). */
const MAY = '(?<![让双对甲乙丙各买卖出承发受租])(方可|才能|始得|才可|方能)';
const CONDITION_FORMS = [
  '未经[^。;\\n]{0,12}?(人民政府|政府|局|委员会|管委会|办事处|村委会|居委会|镇|乡|街道)[^。;,，\\n]{0,4}?同意[^。;\\n]{0,8}?(不得|禁止|一律不|不准)',
  '未经(登记|备案)[^。;\\n]{0,8}?(不得|禁止|一律不|不准)',
  `(经|报)[^。;\\n]{0,12}?(审核|审定|审查|登记|备案)(同意)?(后)?[^。;\\n]{0,4}?${MAY}`,
  `凭[^。;\\n]{0,16}?(出具|开具|核发|签发|颁发)的[^。;\\n]{0,8}?(证明|同意书|批准书|批复|意见)[^。;\\n]{0,10}?${MAY}`,
  `(具备|具有|取得)[^。;\\n]{0,20}?(资质|资格)(证书)?(后|以后|之后)?[^。;\\n]{0,4}?${MAY}`,
].join('|');
/**
 * Round sixteen: the licensing clause itself — the applicant's conditions met, the text's organ issues a named licence
 * ("经审查符合安全、卫生要求，具备基本生活设施的，发给《出租房屋许可证》", "符合条件的，由房管站核发《…经营许可证》"; 行政许可法
 * 第2条: 根据申请，经依法审查，准予). A licence described as issued elsewhere ("…部门核发的《…》") is EXISTING_LICENCE_RE's,
 * national licences are STATUTORY_LICENCE_RE's, and an office told which paper to hand out ("…市场一律核发《…》") is
 * allocation, not the condition of a licence.
 */
const ISSUED_LICENCE = '的\\s*[,，]\\s*(由[^。;,，\\n]{1,16}?)?(予以)?(发给|核发|颁发|发放|换发)(其|申请人|申请者)?《[^》]{1,20}(许可证|经营证|准营证|准运证|准入证)》';
const ISSUED_LICENCE_RE = new RegExp(`^(${ISSUED_LICENCE})$`);
/**
 * Round sixteen: an approval made the condition of doing business at long range, the approved paper named in between —
 * "民宿经营者…必须待申报手续齐全（即：提供审批通过《…民宿经营申报联合核验表》《工商营业执照》及…材料）后才能从事具体经营
 * 活动". What is approved is read after the approval word: a national licence there (营业执照) is the law's, another
 * paper is the text's. The applicant's filing (申报) for business is no government programme.
 */
const APPROVED_BEFORE = '(必须|须|需|需要|应当|应)(待|在|经|先)?[^。;\\n]{0,40}?(审批|批准|核准|核验|审核|许可)(通过|同意)[^。;\\n]{0,60}?(后|之后|以后)\\s*(才能|方可|才可|方能)[^。;,，\\n]{0,6}?(从事|开展|开始|营业|开业|经营)';
const APPROVED_BEFORE_RE = new RegExp(`^(${APPROVED_BEFORE})$`);
/** What the approval word names: "审批通过《X》" → X, else the words after it. */
function approvedObject(match: string): string {
  const at = match.search(/(审批|批准|核准|核验|审核|许可)(通过|同意)/);
  const rest = match.slice(at + 4);
  return /^\s*《([^》]{1,30})》/.exec(rest)?.[1] ?? rest.slice(0, 12);
}
/** Government programmes proper (funds, recognitions, labs), without the filing words a business licence shares. */
const PROGRAMME_FUNDS_RE = /预算|绩效|资金|补助|奖励|认定|评审|考核|验收|实验室|工程中心|技术中心|示范|基地|项目建设单位/;
/** Round nine: the long-range forms and certificates named by any 证 (statutory and identity papers excepted in code). */
const LICENSE_RE = new RegExp(`${BASE_LICENSE_RE.source}|凭[^。;\\n]{0,20}?(许可证|执照|批准文件|批文|[\\u4e00-\\u9fa5]{1,4}证(?![明据件书]))[^。;\\n]{0,10}?(方可|才能|才可|始得|方能)|未(取得|办理|领取|持有)[^。;\\n]{0,24}?(许可证|执照|批准文件|[\\u4e00-\\u9fa5]{1,4}证(?![明据件书]))[^。;\\n]{0,12}?(不得|一律不|禁止|不准|不予)|(取得|办理|领取)[^。;\\n]{0,24}?(许可证|执照|批准文件|[\\u4e00-\\u9fa5]{1,4}证(?![明据件书]))(后|以后|之后)[^。;\\n]{0,4}?(方可|才能|才可|始得|方能)|(须|必须|应当|应|需|需要)(先|事先|预先)?(经|取得|办理|向|持有|领取|申领|申请)[^。;\\n]{0,30}?(资格证|合格证|上岗证|准用证|使用证|通行证|准运证|经营证)|(领取|申领|取得|办理|持有)《[^》]{1,20}证》|实行[^。;\\n]{0,8}?(特许经营|专营)(制度|管理)?|${CONDITION_FORMS}|${ISSUED_LICENCE}|${APPROVED_BEFORE}`, 'g');
/**
 * Administration of the government's own programmes (funds, recognitions, labs, pilot bases) is not a
 * licence on citizens or firms; nor is a licence a law already requires that an applicant must show.
 */
const PROGRAMME_RE = /预算|绩效|专项资金|扶持资金|补助资金|奖励资金|资金|补助|奖励|认定|申报|评审|考核|验收|实验室|工程中心|技术中心|示范|基地|项目建设单位|复印件|证明材料/;
const EXISTING_LICENCE_RE = /(相关|有关)?(行业)?主管部门(批准)?(颁发|核发)的|依法(取得|办理|领取)|按(照)?(国家|有关)规定(取得|办理)/;

/**
 * Licences national law itself sets, restated in the long-range forms ("取得建设工程规划许可证后，方可开工建设",
 * 城乡规划法第40条): a recital, not a licence the text sets.
 */
const STATUTORY_LICENCE_RE =
  /(建设工程|建设用地|乡村建设)规划许可证|施工许可证|营业执照|采矿许可证|勘查许可证|取水许可证|排污许可证|(食品|药品|医疗器械)(生产|经营)许可证|危险化学品[^》]{0,6}许可证|道路运输[^》]{0,4}许可证|烟草专卖[^》]{0,4}许可证|(林木)?采伐许可证|捕捞许可证|养殖证|安全生产许可证|卫生许可证|燃气经营许可证|出版物经营许可证|娱乐经营许可证|医疗机构执业许可证|办学许可证|预售许可证|采砂许可证|健康证/;
/** Papers that identify a person, not licences: "凭身份证方可领取". */
const IDENTITY_PAPER_RE = /身份证|户口|结婚证|学生证|工作证|准考证|居住证|暂住证|社保卡|会员证|军官证|护照|残疾证|老年证/;

const ACTIVITY_RE =
  /建房|建造|修建|翻建|改建|搭建|出售|收购|加工|屠宰|种植|采伐|砍伐|放牧|排放|从事|经营|开办|设立|新建|扩建|建设|生产|销售|营业|占用|开采|捕捞|养殖|举办|运输|经营者|企业|个人|公民|法人|单位和个人|市场主体|进入|入驻/;

/**
 * A list of powers (权力清单, 权责清单, 行政强制类事项清单, 行政许可事项目录) quotes the licences, seizures and penalties that
 * laws and regulations already set, each with its 实施依据: a list of powers is not a text setting them.
 */
export const POWER_LIST_TITLE_RE =
  /(权力|权责|职权|责任|行政许可|行政强制|行政处罚|行政征收|行政检查|行政确认|许可|强制|处罚|审批|政务服务)[^。;\n]{0,8}?(事项)?(清单|目录|一览表)/;

export function isPowerList(title: string): boolean {
  return POWER_LIST_TITLE_RE.test(title.slice(0, 60));
}

/**
 * "按照有关法律法规从严予以处罚，船舶一律扣押": a flat measure ("一律") the text fixes is its own, whatever general
 * reference to 有关法律法规 the sentence makes; a statute named by title or article still makes it a recital.
 */
export function flatDespiteVagueBasis(text: string, index: number, sentence: string): boolean {
  let from = index;
  while (from > 0 && !',，;；。'.includes(text[from - 1] as string)) from--;
  return /一律/.test(text.slice(from, index + 4)) && !/(依照|依据|根据|按照|依)\s*《|》第[一二三四五六七八九十百零〇\d]+条/.test(sentence);
}

export const normativeSetsLicense: Rule = {
  id: 'normative.sets-license',
  ref: 'P-NS-SETPOWER',
  title: '设定行政许可',
  types: ['normative'],
  severity: 'should',
  message: '疑似设定行政许可（审批、核准、许可证等）或增加许可条件，未见上位法依据',
  basis: BASIS.license,
  suggestion: '建议核实该审批、许可事项是否有法律、法规、省级政府规章依据并在条文中写明；没有依据的，规范性文件不得设定，应予删除。',
  check(ctx) {
    if (isPowerList(ctx.title)) return [];
    return scan(ctx, LICENSE_RE, (m, unit, sentence): UnitHit | null => {
      // A filing made a precondition ("应当取得《…备案证明》") or a licence a local body issues ("市服务委颁发的
      // 《再生资源经营许可证》"): the text itself names what it requires, whatever 依法 says elsewhere.
      const local = /备案(证明|证)》$|(颁发|核发)的《/.test(m[0]);
      if (negatedBefore(unit.text, m.index) || (!local && citesBasis(sentence))) return null;
      // "擅自从事应当取得许可证…方可从事的经营活动": the licences other law requires, named to describe
      // unlicensed business — not a licence this text sets.
      if (/^[^。;,，\n]{0,24}?(方可|才能|才可)[^。;,，\n]{0,8}?的/.test(unit.text.slice(m.index + m[0].length)) && /(擅自|未经|未取得|无证|无照)[^。;,，\n]{0,6}$/.test(unit.text.slice(Math.max(0, m.index - 10), m.index))) return null;
      if (inDefiningList(ctx, unit) || lawSetApproval(sentence, m[0])) return null;
      const approved = APPROVED_BEFORE_RE.test(m[0]);
      const paper = approved ? approvedObject(m[0]) : m[0];
      if (!BASE_LICENSE_RE.test(m[0]) && (STATUTORY_LICENCE_RE.test(paper) || IDENTITY_PAPER_RE.test(paper))) return null;
      if ((approved ? PROGRAMME_FUNDS_RE : PROGRAMME_RE).test(sentence) || (!local && EXISTING_LICENCE_RE.test(sentence))) return null;
      // Round seventeen: the cited article (or the law cited as the basis) sets this licence itself.
      if (restatesCitedStatute(ctx, unit, m.index, SANCTION.license)) return null;
      if (!clauseInReport(ctx, unit, m.index, sentence)) return null;
      // Refusing a certificate is aimed at outsiders by nature; other forms must name an activity.
      // A licence the text issues by name needs no activity named beside it.
      if (!m[0].startsWith('不予') && !ISSUED_LICENCE_RE.test(m[0]) && !ACTIVITY_RE.test(sentence) && !(/资质|资格/.test(m[0]) && QUALIFIED_WORK_RE.test(sentence))) return null;
      // Registrations other law sets (企业登记, 社会组织登记, 不动产登记) recited as the condition.
      // A certificate the text names ("领取《市场登记证》,方能开业") is the licence it sets, whoever registers.
      if (/登记/.test(m[0]) && !/证/.test(m[0]) && STATUTORY_REGISTRATION_RE.test(sentence)) return null;
      // The issuing clause's trigger is its verb and licence, not the condition's closing 的.
      const start = ISSUED_LICENCE_RE.test(m[0]) ? m.index + m[0].search(/发给|核发|颁发|发放|换发|由/) : m.index;
      return { unit, start, end: m.index + m[0].length };
    }, { oncePerSentence: true });
  },
};

/**
 * Round eleven: property and animals taken by the notice itself — "一律视为无主犬、流浪犬，予以捕捉", "予以收容、处置",
 * "一律视为流浪犬，由工作组依法处置" (a vague 依法 names no law; round fifteen: "…视为流浪狗，由…依法进行处理"), livestock and goods "一律予以没收/收缴/清除".
 * Also enforcement in other words: "由区城管局组织代为拆除", "予以强制清理", "一律予以拆除", "强行清除" (an owner's
 * own 自行拆除 is a duty, not a measure).
 */
const BASE_COERCION_RE =
  /代为(拆除|清除|清理|处置|履行|恢复|整改|修复|搬迁)|强制(清理|搬离|封存|关闭|停业)|(予以|一律|组织|强行)拆除|强行(清理|清除|搬离)|就地(捕杀|扑杀|宰杀)|查封|扣押|冻结|强制拆除|强行拆除|强制执行|代履行|强制清除|强制搬迁|强制收回|强制带离|暂扣|扣留[^。;,\n]{0,6}?(车辆|船舶|船只|工具|物品|设备|渔具|网具|证照|货物|牲畜|家畜|畜禽|摊位|商品)|(暂时|临时|先行|当场|予以)扣留|(强制|强行|予以|一律|直接)(拖离|拖移|拖走|拖曳)|(予以|进行|集中|统一)(捕捉|捕杀|扑杀|撲殺|收容)|一律[^。;\n]{0,30}?(予以|进行|由[^。;,，\n]{0,12}?)(捕捉|捕杀|扑杀|撲殺|收容|处置|處置|收缴|收繳|没收|沒收|清除|拖走)|视为(无主|流浪)(犬|狗)[^。;\n]{0,30}?(处理|处置|處置|捕捉|收容)/;
/**
 * Round twelve (A): the other kinds of 行政强制法第9、12条 in the verbs drafting uses — deposits frozen or taken from an
 * account (划拨), an extra sum for late payment (加处罚款, 加收…滞纳金), seized things auctioned or sold, obstruction
 * removed or the former state restored by force, things sealed (封存) or towed to a yard, goods collected on the spot.
 */
const STATUTE_KINDS_RE =
  /强制划拨|从其[^。;,，\n]{0,10}?(账户|账号|存款)[^。;,，\n]{0,6}?划拨|划拨其[^。;,，\n]{0,4}?(存款|汇款|账户|款项)|加处罚款|加收[^。;,，\n]{0,16}?滞纳金|(逾期|拒不|无人认领|不领回|未领回|不认领)[^。;\n]{0,30}?(予以|一律|依法|强制|公开)(拍卖|变卖)|(查封|扣押|暂扣|扣留|收缴|查获|收容)的[^。;\n]{0,16}?(拍卖|变卖)|强制(清障|清除障碍|排除妨碍|恢复原状|恢复|腾退)|(予以|一律|就地|先行|当场|强制)封存|拖(至|到|往)[^。;,，\n]{0,10}?(停车场|指定|暂扣|场所|地点|停放点)|(予以|当场|现场|一律|强制|依法)(收缴|收繳)|(采取|实施|予以|一律)[^。;,，\n]{0,4}?(停水停电|停电停水|断水断电|停止供水|停止供电|停止供水、供电|限电|断电|断水|停电|停水)/;
/** A court applied to for enforcement (行政强制法第13条第2款, 第53条): what the text must do when it has no power. */
const COURT_RE = /人民法院|法院/;
/** Records, samples and ballots are sealed to keep them, not to compel anyone. */
const KEPT_RE = /档案|材料|资料|样品|试卷|选票|票箱|记录|账簿|凭证|数据|卷宗|病历|标本|检材|留样|备份|印章|公章/;
/** Money collected (收缴党费, 税款收缴入库) is no seizure. */
const MONEY_RE = /费|税|款|资金|国库|入库/;
/** "逾期按规定加收滞纳金": a rule outside the text named as the sum's basis. */
const BY_RULE_RE = /按(照)?(国家)?(规定|标准)/;
const COERCION_RE = new RegExp(`${BASE_COERCION_RE.source}|${STATUTE_KINDS_RE.source}`, 'g');
/**
 * Round sixteen: 暂扣 of a licence ("…责令停业整顿、暂扣直至吊销有关证照", "暂扣其营业执照") is a penalty, 行政处罚法第9条第3项
 * 暂扣许可证件 (rules.sets-fine reads it), not a compulsion on property.
 */
const LICENCE_HELD_RE = /^[^。;,，\n]{0,10}?(证照|执照|许可证|驾驶证|行驶证|证件|资格证|证书)/;

/** "依法对车辆进行暂扣": 依法 right before the measure, with no law named. */
const BARE_YIFA_RE = /依法(对|将)?[^。;,，]{0,8}?(暂扣|扣押|查封|扣留|没收|强制|处置|收容|捕捉|拍卖|变卖|划拨|封存|收缴|冻结)/;
const NAMED_LAW_RE = /《|第[一二三四五六七八九十百\d]+条|法律、法规|法律法规/;

export const normativeSetsCoercion: Rule = {
  id: 'normative.sets-coercion',
  ref: 'P-NS-SETPOWER',
  title: '设定行政强制',
  types: ['normative'],
  severity: 'should',
  message: '疑似设定查封、扣押、强制拆除等行政强制措施或强制执行，未见法律、法规依据',
  basis: BASIS.coercion,
  suggestion: '建议核实该强制措施是否有法律、法规依据并写明；规范性文件不得设定行政强制措施，行政强制执行只能由法律设定，没有依据的应予删除。',
  check(ctx) {
    if (isPowerList(ctx.title)) return [];
    return scan(ctx, withVehicleMeasures(withDirectMeasures(withRegionalCoercion(COERCION_RE))), (m, unit, sentence): UnitHit | null => {
      if (negatedBefore(unit.text, m.index) || inDefiningList(ctx, unit) || directMeasureExcused(m[0], sentence, ctx.fullText)) return null;
      if (vehicleMeasureExcused(m[0], unit.text.slice(0, m.index + m[0].length))) return null;
      // A news report or judgment telling what an authority did ("对3处违法建筑实施了强制拆除") sets nothing.
      if (!clauseInReport(ctx, unit, m.index, sentence) || narratedEnforcement(sentence)) return null;
      if (m[0] === '强制执行' && COURT_RE.test(sentence)) return null;
      if (m[0] === '暂扣' && LICENCE_HELD_RE.test(unit.text.slice(m.index + 2))) return null;
      // Round sixteen: a law's or a regulation's article quoted from the paragraph's head is the law's text.
      if (statuteArticleParagraph(unit.text)) return null;
      // "如有拖欠，甲方有权向乙方加收滞纳金": a contract's remedy between its parties (a model contract annexed), not the
      // administration's compulsion.
      if (/(甲方|乙方)/.test(sentence) && STATUTE_KINDS_RE.test(m[0])) return null;
      if (m[0].endsWith('封存') && KEPT_RE.test(sentence)) return null;
      if (/收[缴繳]$/.test(m[0]) && MONEY_RE.test(unit.text.slice(Math.max(0, m.index - 6), m.index + m[0].length + 6))) return null;
      if (/滞纳金|加处罚款/.test(m[0]) && BY_RULE_RE.test(sentence)) return null;
      // 3% a day on an unpaid fine is 行政处罚法第72条's own 加处罚款, restated; another rate is the text's.
      if (m[0] === '加处罚款' && /百分之三(?!十)|(?<![\d.])3\s*[%％]/.test(sentence)) return null;
      // Cutting water or power is compulsion only against someone who fails a duty, not in a maintenance notice.
      if (/[停断]电|[停断]水|供电|供水|限电/.test(m[0]) && ((!/拒|逾期|违|未按|不按|不履行|整改/.test(sentence) && !cutAimsAtActivity(m[0])) || /检修|施工|计划|故障|维修|抢修|临时/.test(sentence))) return null;
      // A bare 依法 before the measure itself ("一经查获，将依法对车辆进行暂扣") names no law that sets it;
      // a law named in 《》, an article, or a basis elsewhere in the sentence still counts.
      const basis = isDirectMeasure(m[0]) || isVehicleMeasure(m[0]) ? namesLaw(sentence) : BARE_YIFA_RE.test(sentence) ? NAMED_LAW_RE.test(sentence) : citesBasis(sentence);
      if (basis && !flatDespiteVagueBasis(unit.text, m.index, sentence) && !measureBeyondVagueBasis(unit.text, m.index, sentence) && !basisOpensLaterClause(unit.text, m.index, m.index + m[0].length)) return null;
      // Round seventeen: the cited article (or the law cited as the basis) provides this compulsion itself.
      if (restatesCitedStatute(ctx, unit, m.index, SANCTION.coercion)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    }, { oncePerSentence: true });
  },
};

const FEE_RE = /收取[^。;,\n]{0,10}?费|制定[^。;,\n]{0,6}?收费标准|收费标准[^。;,\n]{0,4}?(为|如下|:)|缴纳[^。;,\n]{0,10}?费|交纳[^。;,\n]{0,10}?费|保证金|押金|征收[^。;,\n]{0,6}?(费|款|金)/g;

export const normativeSetsFee: Rule = {
  id: 'normative.sets-fee',
  ref: 'P-NS-SETPOWER',
  title: '设定收费、征收',
  types: ['normative'],
  severity: 'hint',
  message: '涉及收费、保证金或征收事项，请核实是否有法律、法规依据',
  basis: BASIS.fee,
  suggestion: '请核实该收费、保证金或征收事项的法律、法规依据及收费标准批准文件，并在条文中写明；没有依据的应予删除。',
  check(ctx) {
    return scan(ctx, FEE_RE, (m, unit, sentence): UnitHit | null => {
      if (negatedBefore(unit.text, m.index, 12) || citesBasis(sentence)) return null;
      if (/免[收费征]|不收取|免费|减免|减半|优惠|退还|按照[^。]{0,20}收费标准执行/.test(sentence)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    }, { oncePerSentence: true });
  },
};

const CERT_RE = /(提供|开具|出具|提交)[^。;,\n]{0,12}?证明(?!材料清单)/g;

export const normativeCertificates: Rule = {
  id: 'normative.requires-certificates',
  ref: 'P-NS-CERT',
  title: '要求出具证明',
  types: ['normative'],
  severity: 'hint',
  message: '要求提供或出具证明，请核实是否属于循环证明、重复证明、无谓证明',
  basis: BASIS.certificate,
  suggestion: '请核实所要求的证明材料是否有依据、是否可通过部门间信息共享获取；属于循环证明、重复证明、无谓证明的，建议删除。',
  check(ctx) {
    return scan(ctx, CERT_RE, (m, unit): UnitHit | null =>
      negatedBefore(unit.text, m.index, 12) ? null : { unit, start: m.index, end: m.index + m[0].length },
      { oncePerSentence: true },
    );
  },
};
