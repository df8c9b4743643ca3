import { VILLAGE_RULES_TYPES, citesBasis, clauseInReport, condemnedBefore, negatedBefore, scan } from './helpers.js';
import { BASIS } from '../basis.js';
import type { Rule, UnitHit } from '../types.js';

const NUM = '[\\d零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+';
/** 村规民约: any fine, confiscation or "罚" in kind. */
const VILLAGE_RE = new RegExp(
  `罚款|罚金|罚没|处以[^。;,\\n]{0,8}?元|没收|罚工|罚放电影|罚放|罚戏|罚酒|罚粮|罚跪|扣罚|罚${NUM}\\s*元|处罚${NUM}`,
  'g',
);
/** 规范性文件: setting an administrative penalty (行政处罚法第9条 kinds). */
const NORMATIVE_RE = /罚款|处以[^。;\n]{0,10}?(罚|元)|没收|吊销|暂扣|责令停产停业|责令关闭|行政拘留|拘留|给予[^。;\n]{0,6}行政处罚|处罚金额/g;
/** Referring a case to those with the power is fine: "报公安机关依法处理". */
const DEFERS_RE = /(公安|派出所|执法|主管部门|有关部门|相关部门|行政机关|人民法院|司法机关)[^。;]{0,12}(依法|处理|处罚|查处)/;

export const rulesSetsFine: Rule = {
  id: 'rules.sets-fine',
  ref: 'P-VR-FINE / P-NS-SETPOWER',
  title: '设定罚款等处罚',
  types: [...VILLAGE_RULES_TYPES, 'normative'],
  severity: 'must',
  message: '村规民约设定了罚款、没收等处罚',
  basis: BASIS.villageFine,
  suggestion:
    '建议删除罚款、没收等处罚内容。村规民约可以采取批评教育、公开通报、取消评先评优资格等自治措施；违法行为应报请有关行政机关依法处理。',
  check(ctx) {
    if (ctx.type === 'normative') {
      return scan(ctx, NORMATIVE_RE, (m, unit, sentence): UnitHit | null => {
        if (negatedBefore(unit.text, m.index) || condemnedBefore(unit.text, m.index) || citesBasis(sentence)) return null;
        if (!clauseInReport(ctx, unit, m.index, sentence)) return null;
        return {
          unit,
          start: m.index,
          end: m.index + m[0].length,
          severity: 'should',
          message: '规范性文件中出现罚款、没收等行政处罚内容，未见所依据的法律、法规、规章',
          basis: BASIS.normativeFine,
          suggestion:
            '建议核实该处罚是否有法律、法规、规章依据，并在条文中写明依据；没有依据的，规范性文件不得设定行政处罚，应予删除。',
        };
      }, { oncePerSentence: true });
    }
    return scan(ctx, VILLAGE_RE, (m, unit, sentence) => {
      if (negatedBefore(unit.text, m.index) || condemnedBefore(unit.text, m.index) || DEFERS_RE.test(sentence)) return null;
      if (!clauseInReport(ctx, unit, m.index, sentence)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    });
  },
};
