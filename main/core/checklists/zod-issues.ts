import { z } from 'zod';

/** Chinese names of the fields in the checklist data, so error messages can be read by office staff. */
const FIELD_ZH: Record<string, string> = {
  items: '审查要点', entries: '法律依据', phrases: '常用意见', template: '模板',
  id: '编号', version: '版本', matterType: '事项类型', title: '标题', source: '来源', office: '单位',
  derivedFrom: '来源模板', description: '说明', dimension: '审查维度', question: '审查问题', guidance: '审查指引',
  basis: '法律依据', defaultSeverity: '默认严重程度', required: '是否必查', certainty: '确定性标记', note: '备注',
  law: '法律名称', article: '条款', summary: '摘要', verbatim: '是否原文', effectiveDate: '施行日期',
  aliases: '简称', text: '意见文本', basisIds: '法律依据', matterTypes: '事项类型', itemIds: '审查要点', tags: '标签',
  severity: '严重程度', format: '格式标记', formatVersion: '格式版本',
};

/** items[3].question */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += (out ? '.' : '') + String(key);
  }
  return out || '（根）';
}

/** 第4个审查要点 › 审查问题 */
function issuePathZh(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  path.forEach((key, index) => {
    if (typeof key === 'number') {
      const owner = path[index - 1];
      const name = typeof owner === 'string' ? FIELD_ZH[owner] : undefined;
      parts[parts.length - 1] = `第${key + 1}个${name ?? '元素'}`;
    } else {
      parts.push(FIELD_ZH[String(key)] ?? String(key));
    }
  });
  return parts.join(' › ');
}

/** One line per issue: the technical path, its Chinese reading and zod's zh-CN message. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issuePath(issue.path);
      const zh = issue.path.length ? `（${issuePathZh(issue.path)}）` : '';
      return `${path}${zh}：${issue.message}`;
    })
    .join('；');
}

/** safeParse with Chinese messages, without touching zod's global configuration. */
export function parseZh<S extends z.ZodType>(schema: S, data: unknown): z.ZodSafeParseResult<z.infer<S>> {
  return schema.safeParse(data, { error: z.locales.zhCN().localeError });
}
