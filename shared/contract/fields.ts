import { z } from 'zod';

/** Field schemas every contract uses, with their Chinese messages in one place. */

export const Id = z.number().int().positive();

export const IsoDate = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });

/** Required text: trimmed, not empty, at most `max` characters. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label}不能为空` })
    .trim()
    .min(1, { error: `${label}不能为空` })
    .max(max, { error: `${label}不能超过${max}个字` });

/** Optional text: trimmed; empty, null or missing all become null. */
export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不能超过${max}个字` })
    .nullish()
    .transform((s) => (s ? s : null));
