// Module resolve hook of register.mjs: appends each resolved URL to MODULE_TRACE_OUT.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (process.env.MODULE_TRACE_OUT) appendFileSync(process.env.MODULE_TRACE_OUT, `${resolved.url}\n`);
  return resolved;
}
