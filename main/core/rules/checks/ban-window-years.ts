/**
 * Round thirteen (B), issue 13: a ban's own window given in years — "禁牧期为6年", "禁渔期限为十年", "封山育林期暂定为8年".
 * The measure is the text's whole content, so its window is the text's period (round eleven read a window of dates the
 * same way for the no-validity rule); over the cap it is the over-five-years finding (国办发〔2018〕37号, local caps).
 */
const NUM = '[\\d零〇一二两三四五六七八九十]+';

export const BAN_YEARS_RE = new RegExp(
  `(禁牧|禁渔|禁猎|禁采|禁养|休牧|休渔|封山育林|封山|封育|禁伐|轮牧|禁捕)(期|期限|时间|年限)\\s*(为|是|:|：|暂定为?|定为)?\\s*(${NUM})\\s*(个)?\\s*(周年|年)(?!\\d|\\s*\\d{1,2}\\s*月)`,
  'g',
);
