/** Loads the hand-labelled document set (tests/fixtures/rules-labelled) as TextBlocks. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import type { TextBlock } from '../../../shared/domain/document-text.js';
import type { MatterType } from '../../../shared/domain/matter.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export interface ExpectedFinding {
  rule: string;
  /** Substring of the finding's excerpt ('' or absent: any). */
  excerpt?: string;
  /** Substring of the finding's message. */
  message?: string;
}

export interface LabelledDoc {
  name: string;
  type: MatterType;
  title?: string;
  unlabelled: string[];
  expected: ExpectedFinding[];
  blocks: TextBlock[];
  loader: string;
}

interface Entry {
  type: MatterType;
  title?: string;
  unlabelled?: string[];
  expected: ExpectedFinding[];
}

type Extract = (buffer: Uint8Array) => Promise<{ blocks: TextBlock[] }>;

/** The documents helper's extractor when it is there; else mammoth's raw text split on blank lines. */
async function docxLoader(): Promise<{ name: string; load: (buf: Buffer) => Promise<TextBlock[]> }> {
  const modulePath = '../../../main/core/documents/extract-docx.js';
  // RULES_DOCX_LOADER=mammoth checks the labels against the plain-mammoth fallback too.
  try {
    if (process.env.RULES_DOCX_LOADER === 'mammoth') throw new Error('mammoth requested');
    const mod = (await import(/* @vite-ignore */ modulePath)) as { extractDocx?: Extract };
    const extract = mod.extractDocx;
    if (typeof extract === 'function') {
      return { name: 'extractDocx', load: async (buf) => (await extract(new Uint8Array(buf))).blocks };
    }
  } catch {
    // fall through to mammoth
  }
  return {
    name: 'mammoth.extractRawText',
    load: async (buffer) => {
      const { value } = await mammoth.extractRawText({ buffer });
      return textBlocks(value);
    },
  };
}

export function textBlocks(text: string): TextBlock[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((t) => t.replace(/^\r?\n+|\r?\n+$/g, ''))
    .filter((t) => t.trim() !== '')
    .map((t, index) => ({ index, kind: 'paragraph' as const, text: t }));
}

export async function loadLabelledSet(): Promise<LabelledDoc[]> {
  const raw = JSON.parse(readFileSync(`${FIXTURES}rules-labelled/expected.json`, 'utf8')) as {
    documents: Record<string, Entry>;
  };
  const docx = await docxLoader();
  const docs: LabelledDoc[] = [];
  for (const [name, entry] of Object.entries(raw.documents)) {
    let blocks: TextBlock[];
    let title = entry.title;
    let loader = 'text';
    if (name.endsWith('.docx')) {
      blocks = await docx.load(readFileSync(`${FIXTURES}docx/${name}`));
      loader = docx.name;
    } else if (name.endsWith('.json')) {
      const j = JSON.parse(readFileSync(`${FIXTURES}rules-labelled/docs/${name}`, 'utf8')) as {
        title?: string;
        blocks: Array<Omit<TextBlock, 'index'>>;
      };
      blocks = j.blocks.map((b, index) => ({ ...b, index }));
      title = title ?? j.title;
      loader = 'json';
    } else {
      blocks = textBlocks(readFileSync(`${FIXTURES}rules-labelled/docs/${name}`, 'utf8'));
      title = title ?? blocks[0]?.text.trim();
    }
    docs.push({
      name,
      type: entry.type,
      ...(title !== undefined ? { title } : {}),
      unlabelled: entry.unlabelled ?? [],
      expected: entry.expected,
      blocks,
      loader,
    });
  }
  return docs;
}
