/**
 * The rules corpus (tests/fixtures/rules-corpus) is well formed: every manifest line names a file that is
 * there with its source and retrieval date, every file is listed, every label names a main rule that runs
 * for the document's matter type, and every labelled place is text of the document. It reads files and
 * labels only — it never runs a rule, so it can be run on a part whose labels must stay unseen by the
 * rules until its first scored run (issue 13).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../main/core/rules/registry.js';
import { MATTER_TYPES, type MatterType } from '../../../shared/domain/matter.js';
import { SELFTEST_PARTS } from '../../../shared/domain/rules-quality.js';
import { CORPUS_DIR } from './corpus.js';

interface PlaceLabel {
  rule: string;
  excerpt: string;
}
interface Labels {
  fire: string[];
  unlabelled?: string[];
  expected?: PlaceLabel[];
  noise?: PlaceLabel[];
}

// Parts labelled but not shipped in the self-test yet: their format is checked here without running a rule on them.
const UNSHIPPED_PARTS: string[] = [];
const SPLITS = ['dev', ...SELFTEST_PARTS, ...UNSHIPPED_PARTS];
const lines = readFileSync(`${CORPUS_DIR}MANIFEST.tsv`, 'utf8').trimEnd().split('\n');
const header = lines[0]!.split('\t');
const rows = lines.slice(1).map((l) => l.split('\t'));
const col = (name: string) => header.indexOf(name);
const mainRules = (JSON.parse(readFileSync(`${CORPUS_DIR}labels-test.json`, 'utf8')) as { mainRules: string[] }).mainRules;
const typesOf = new Map(RULES.map((r) => [r.id, r.types]));
const labelFiles = SPLITS.filter((s) => existsSync(`${CORPUS_DIR}labels-${s}.json`)).map((split) => ({
  split,
  documents: (JSON.parse(readFileSync(`${CORPUS_DIR}labels-${split}.json`, 'utf8')) as { documents: Record<string, Labels> }).documents,
}));

describe('rules corpus format', () => {
  it('lists every document once, with a known part and matter type, its source and the date it was retrieved', () => {
    expect(header).toEqual(['file', 'split', 'type', 'kind', 'source', 'retrieved', 'title', 'notes']);
    const files = rows.map((r) => r[col('file')]!);
    expect(new Set(files).size).toBe(files.length);
    expect([...readdirSync(`${CORPUS_DIR}docs`)].sort()).toEqual([...files].sort());
    for (const r of rows) {
      const file = r[col('file')]!;
      expect(r.length, file).toBe(header.length);
      expect(SPLITS, file).toContain(r[col('split')]);
      expect(MATTER_TYPES as readonly string[], file).toContain(r[col('type')]);
      expect(r[col('source')], file).toMatch(/^(https?:\/\/\S+|github:[^/\s]+\/[^/\s]+\/.+@[0-9a-f]{40})$/);
      expect(r[col('retrieved')], file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r[col('title')]!.trim(), file).not.toBe('');
    }
  });

  it('has labels for every unshipped part, each naming documents from sites not used by any other part', () => {
    const hostOf = (source: string) => (/^https?:\/\/([^/]+)/.exec(source)?.[1] ?? source).replace(/^(www|m)\./, '');
    for (const part of UNSHIPPED_PARTS) {
      expect(existsSync(`${CORPUS_DIR}labels-${part}.json`), part).toBe(true);
      // Every other part counts, unshipped ones included: two untouched parts sharing a site would not be independent.
      const others = new Set(rows.filter((r) => r[col('split')] !== part).map((r) => hostOf(r[col('source')]!)));
      for (const r of rows.filter((x) => x[col('split')] === part)) {
        expect(others.has(hostOf(r[col('source')]!)), `${part}: ${r[col('file')]} comes from a site another part uses`).toBe(false);
      }
    }
  });

  it('labels only listed documents of their own part, and every document of a part shipped in the self-test is labelled', () => {
    const splitOf = new Map(rows.map((r) => [r[col('file')]!, r[col('split')]!]));
    for (const { split, documents } of labelFiles) {
      for (const name of Object.keys(documents)) expect(splitOf.get(name), `${split}: ${name}`).toBe(split);
      if (split === 'dev') continue;
      // corpus.loadSplit skips a listed document without labels; a shipped part must not lose one silently.
      const listed = rows.filter((r) => r[col('split')] === split).map((r) => r[col('file')]!);
      expect(Object.keys(documents).sort(), split).toEqual(listed.sort());
    }
  });

  it('names only main rules that run for the document type, never both firing and unlabelled', () => {
    const typeOf = new Map(rows.map((r) => [r[col('file')]!, r[col('type')]! as MatterType]));
    for (const { split, documents } of labelFiles) {
      for (const [name, l] of Object.entries(documents)) {
        const places = [...(l.expected ?? []), ...(l.noise ?? [])].map((p) => p.rule);
        for (const rule of [...l.fire, ...(l.unlabelled ?? []), ...places]) {
          expect(mainRules, `${split}: ${name}`).toContain(rule);
          expect(typesOf.get(rule), `${split}: ${name} ${rule} does not run for ${typeOf.get(name)}`).toContain(typeOf.get(name));
        }
        for (const rule of l.fire) expect(l.unlabelled ?? [], `${split}: ${name}`).not.toContain(rule);
      }
    }
  });

  it('labels places that are text of one paragraph of the page (page texts: one paragraph per line)', () => {
    // Known and harmless: a generic first-round noise place for anonymised names on a judgment that names its
    // parties in full (a noise place that is not in the text can never be hit; the label is left as committed).
    const known = new Set(['test/pg-jiangmen-lease-judgment.txt/某']);
    for (const { split, documents } of labelFiles) {
      for (const [name, l] of Object.entries(documents)) {
        if (!name.endsWith('.txt')) continue; // DOCX places depend on the extractor; checked when the part is scored
        const paragraphs = readFileSync(`${CORPUS_DIR}docs/${name}`, 'utf8').split(/\r?\n/);
        for (const p of [...(l.expected ?? []), ...(l.noise ?? [])]) {
          expect(p.excerpt, `${split}: ${name}`).not.toBe('');
          if (known.has(`${split}/${name}/${p.excerpt}`)) continue;
          expect(paragraphs.some((t) => t.includes(p.excerpt)), `${split}: ${name} 「${p.excerpt}」`).toBe(true);
        }
      }
    }
  });
});
