import { VILLAGE_RULES_TYPES, negatedBefore, scan } from './helpers.js';
import { BASIS } from '../basis.js';
import type { Rule, UnitHit } from '../types.js';

/** Statutory benefits taken away as a sanction (P-VR-DEPRIVE without 停水停电, which rules.restricts-liberty reports). */
const DEPRIVE_RE =
  /不予办理|不予(出具|开具|盖章|签章|签字|证明)|取消[^。;,\n]{0,12}?(低保|补贴|补助|分红|福利|待遇|承包地|宅基地|救助|村民待遇|集体收益|选举权|被选举权)|收回[^。;,\n]{0,6}?(承包地|宅基地|责任田|口粮田)|扣发[^。;,\n]{0,6}?(分红|福利|补贴|补助)|停发[^。;,\n]{0,6}?(分红|福利|补贴|补助)|不得参加[^。;,\n]{0,6}?(选举|分配)|不得担任村民代表/g;
const SANCTION_RE = /违|拒|不交|不缴|未交|未缴|欠|处罚|惩罚|否则|屡教不改|不服从|不听/;

export const villageDeprive: Rule = {
  id: 'village-rules.deprive-rights',
  ref: 'P-VR-DEPRIVE',
  title: '以剥夺法定权益作为惩罚',
  types: VILLAGE_RULES_TYPES,
  severity: 'should',
  message: '以取消低保、分红、承包地或不予办理证明等剥夺法定权益的方式作为惩罚',
  basis: BASIS.deprive,
  suggestion:
    '建议删除该条款。村规民约不得有侵犯村民人身权利、民主权利和合法财产权利的内容，承包期内发包方不得收回承包地，低保、救助等法定权益不得作为惩罚手段取消。',
  check(ctx) {
    return scan(ctx, DEPRIVE_RE, (m, unit, sentence): UnitHit | null => {
      if (negatedBefore(unit.text, m.index) || !SANCTION_RE.test(sentence)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    });
  },
};

const FORCED_RE = /统一流转|(不同意|拒绝|不愿)[^。;,\n]{0,6}?流转的|流转(收益|费|租金)[^。;\n]{0,8}?(由村|归村|村委会统一|集体统一)|强制流转/g;

export const villageForcedTransfer: Rule = {
  id: 'village-rules.forced-transfer',
  title: '强迫流转或截留流转收益',
  types: [...VILLAGE_RULES_TYPES, 'village.contract', 'village.project', 'village.other'],
  severity: 'should',
  message: '可能强迫承包方流转土地或截留流转收益',
  basis: BASIS.forcedTransfer,
  suggestion: '建议修改为由承包方依法自愿决定是否流转，流转收益归承包方所有，村组织不得截留、扣缴。',
  check(ctx) {
    return scan(ctx, FORCED_RE, (m, unit, sentence): UnitHit | null => {
      if (negatedBefore(unit.text, m.index)) return null;
      if (/自愿/.test(sentence) && !/不同意|拒绝|不愿/.test(m[0])) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    });
  },
};

/**
 * "未提及备案" fired on every 村规民约 and so told the reviewer nothing; filing is a checklist item
 * (resources/checklists/village.rules.json). What the text can show is a wrong procedure: rules that
 * take effect only after the township government APPROVES them (the law asks for filing, 备案).
 */
const APPROVAL_RE = /(报|经)[^。;\n]{0,10}?(乡|镇|街道|乡镇|人民政府|政府)[^。;\n]{0,8}?(批准|审批|同意)[^。;\n]{0,6}?(后)?[^。;\n]{0,4}?(生效|施行|实施|执行)/g;

export const villageFiling: Rule = {
  id: 'village-rules.no-filing',
  ref: 'P-VR-FILING',
  title: '以审批代替备案',
  types: VILLAGE_RULES_TYPES,
  severity: 'hint',
  message: '规定须经乡（镇）人民政府批准后生效；依法应为报乡（镇）人民政府备案',
  basis: BASIS.filing,
  suggestion: '建议改为“经村民会议讨论通过后施行，并报乡（镇）人民政府备案”；是否已备案请按审查清单核对备案回执。',
  check(ctx) {
    return scan(ctx, APPROVAL_RE, (m, unit): UnitHit | null => ({ unit, start: m.index, end: m.index + m[0].length }));
  },
};
