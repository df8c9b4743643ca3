/**
 * Round thirteen (B), issue 13: a lease told by its length as an attribute of the contract — "签订了一份长达30年的土地承包
 * 合同", "一份为期三十年的租赁协议", "签下50年期的流转合同". The term is the contract's own however the sentence is built
 * (民法典第705条); works, labour and service contracting (工程承包合同) is no lease.
 */
const NUM = '[\\d零〇一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾]+';

export const LENGTH_TERM_RE = new RegExp(
  `(长达|为期|期限为|期限|时长|年限为|签订了?|签下了?|签了)[^。;,，\\n]{0,6}?(?<years>${NUM})\\s*(个)?\\s*(周年|年)(期)?的?[^。;,，\\n]{0,10}?(租赁|承包|流转|租用|出租|承租|转包)(经营)?(合同|协议|合约)`,
  'g',
);

/** Works and service contracting named between the length and the contract. */
export function worksContract(match: string): boolean {
  return /工程|施工|劳务|服务|委托|代理|设计|监理|经营管理/.test(match);
}
