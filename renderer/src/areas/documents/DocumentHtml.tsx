import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { sanitizeDocumentHtml } from './sanitize';
import './documents.css';

/**
 * The sanitized reading view. `block` scrolls to and highlights the element with data-b="<block>".
 * In-document links (footnotes) scroll inside the view: following them as hash links would leave the
 * app's route.
 */
export function DocumentHtml({
  html,
  block,
  label,
  lowConfidence = [],
  lowConfidenceTitle,
  corrected = [],
  correctedTitle,
  selected,
  onSelect,
}: {
  html: string;
  block?: number;
  label: string;
  /** OCR blocks the recogniser was unsure of: marked for the reviewer to check against the original. */
  lowConfidence?: number[];
  lowConfidenceTitle?: string;
  /** OCR blocks a reviewer corrected, with the text version of the last correction. */
  corrected?: { index: number; version: number }[];
  correctedTitle?: (version: number) => string;
  /** The block the reader picked (clicking a block picks it when `onSelect` is given). */
  selected?: number;
  onSelect?: (index: number) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const clean = useMemo(() => ({ __html: sanitizeDocumentHtml(html) }), [html]);
  const lowKey = lowConfidence.join(',');
  const correctedKey = corrected.map((c) => `${c.index}:${c.version}`).join(',');

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    for (const index of lowKey === '' ? [] : lowKey.split(',')) {
      const el = root.querySelector<HTMLElement>(`[data-b="${index}"]`);
      if (!el) continue;
      el.classList.add('rd-ocr-low');
      if (lowConfidenceTitle) el.title = lowConfidenceTitle;
    }
  }, [clean, lowKey, lowConfidenceTitle]);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    for (const item of correctedKey === '' ? [] : correctedKey.split(',')) {
      const [index, version] = item.split(':');
      const el = root.querySelector<HTMLElement>(`[data-b="${index}"]`);
      if (!el) continue;
      el.classList.add('rd-ocr-corrected');
      if (correctedTitle) el.title = correctedTitle(Number(version));
    }
  }, [clean, correctedKey, correctedTitle]);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    root.querySelectorAll('.rd-block-selected').forEach((el) => el.classList.remove('rd-block-selected'));
    if (selected !== undefined) root.querySelector<HTMLElement>(`[data-b="${selected}"]`)?.classList.add('rd-block-selected');
  }, [clean, selected]);

  useEffect(() => {
    const root = ref.current;
    if (!root || block === undefined) return;
    const target = root.querySelector<HTMLElement>(`[data-b="${block}"]`);
    if (!target) return;
    root.querySelectorAll('.rd-block-target').forEach((el) => el.classList.remove('rd-block-target'));
    target.classList.add('rd-block-target');
    target.scrollIntoView({ block: 'center' });
  }, [clean, block]);

  const followInternalLink = (event: MouseEvent<HTMLDivElement>) => {
    const picked = onSelect ? (event.target as Element).closest('[data-b]') : null;
    if (picked && onSelect) onSelect(Number(picked.getAttribute('data-b')));
    const link = (event.target as Element).closest('a[href^="#"]');
    if (!link || !ref.current) return;
    event.preventDefault();
    const id = link.getAttribute('href')!.slice(1);
    ref.current.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center' });
  };

  return (
    <article
      ref={ref}
      className={onSelect ? 'rd-reading rd-pickable' : 'rd-reading'}
      aria-label={label}
      onClick={followInternalLink}
      // Sanitized above with DOMPurify's allowlist.
      dangerouslySetInnerHTML={clean}
    />
  );
}
