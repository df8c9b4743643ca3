import type { StoredFinding } from '../../../../shared/contract/index';
import { excerptParts } from './finding-excerpt';

/** A finding's excerpt (the whole clause) with the words that triggered it marked. */
export function FindingExcerpt({ finding }: { finding: StoredFinding }) {
  const parts = excerptParts(finding);
  if (!parts) return <>{finding.excerpt}</>;
  return (
    <>
      {parts.before}
      <mark className="rd-finding-trigger" data-testid="finding-trigger">
        {parts.trigger}
      </mark>
      {parts.after}
    </>
  );
}
