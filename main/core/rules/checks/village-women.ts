import { VILLAGE_TYPES, scan } from './helpers.js';
import { BASIS } from '../basis.js';
import type { Rule } from '../types.js';

/** Who is targeted … and what is taken away, in one sentence (either order). */
const WHO = '外嫁|出嫁|嫁出|嫁到外|嫁往外|嫁给外|离婚|丧偶|户无男|纯女户|入赘|招郎|招婿|上门女婿|倒插门|农嫁非|外嫁女';
const TAKE =
  '不享受|不得享受|不再享受|不享有|不再享有|不得|取消|收回|减半|不予|不能|无权|不分配|不参与分配|不参加分配|停止|只享受|按.{0,4}折|迁出户口|户口迁出';
const WOMEN_RE = new RegExp(`(${WHO})[^。;\\n]{0,30}?(${TAKE})|(${TAKE})[^。;\\n]{0,12}?(${WHO})`, 'g');
/** Protective or prohibitive sentences ("不得以妇女未婚、结婚、离婚…为由侵害…"). */
const PROTECTIVE_RE = /平等|同等|不得以.{0,30}为由|依法享有|依法保障|保障.{0,10}(权益|权利)|侵害|歧视|一视同仁|与.{0,10}(相同|一样)/;

export const villageMarriedOutWomen: Rule = {
  id: 'village-rules.married-out-women',
  ref: 'P-VR-WOMEN',
  title: '侵害外嫁女等妇女权益',
  types: VILLAGE_TYPES,
  severity: 'must',
  message: '以结婚、离婚、丧偶、入赘等为由限制或取消集体经济组织成员权益',
  basis: BASIS.women,
  suggestion:
    '建议删除该条款。不得以妇女未婚、结婚、离婚、丧偶、户无男性等为由，侵害妇女在农村集体经济组织中的各项权益；因结婚到女方落户的男方及其子女享有平等权益。',
  check(ctx) {
    return scan(ctx, WOMEN_RE, (m, unit, sentence) => {
      if (PROTECTIVE_RE.test(sentence)) return null;
      return { unit, start: m.index, end: m.index + m[0].length };
    });
  },
};
