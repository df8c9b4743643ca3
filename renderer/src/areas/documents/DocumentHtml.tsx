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
}: {
  html: string;
  block?: number;
  label: string;
  /** OCR blocks the recogniser was unsure of: marked for the reviewer to check against the original. */
  lowConfidence?: number[];
  lowConfidenceTitle?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const clean = useMemo(() => ({ __html: sanitizeDocumentHtml(html) }), [html]);
  const lowKey = lowConfidence.join(',');

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
    if (!root || block === undefined) return;
    const target = root.querySelector<HTMLElement>(`[data-b="${block}"]`);
    if (!target) return;
    root.querySelectorAll('.rd-block-target').forEach((el) => el.classList.remove('rd-block-target'));
    target.classList.add('rd-block-target');
    target.scrollIntoView({ block: 'center' });
  }, [clean, block]);

  const followInternalLink = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a[href^="#"]');
    if (!link || !ref.current) return;
    event.preventDefault();
    const id = link.getAttribute('href')!.slice(1);
    ref.current.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center' });
  };

  return (
    <article
      ref={ref}
      className="rd-reading"
      aria-label={label}
      onClick={followInternalLink}
      // Sanitized above with DOMPurify's allowlist.
      dangerouslySetInnerHTML={clean}
    />
  );
}
