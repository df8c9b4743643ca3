import { describe, expect, it } from 'vitest';
import { buildLetterDocx, renderLetterHtml } from '../../../main/core/letters/index.js';
import { rawText, unescapeXml } from './docx-test-utils.js';
import { legalityOpinion, settings } from './sample-letter.js';

/** Text of each <p> in the preview, unescaped, without the blank ones. */
function previewParagraphs(html: string): string[] {
  return [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)]
    .map((m) => unescapeXml(m[1]!.replace(/&nbsp;/g, ' ').replace(/<br>/g, '').replace(/&#39;/g, "'")))
    .filter((t) => t.trim() !== '');
}

describe('renderLetterHtml', () => {
  it('shows the same paragraphs, in the same order, as the DOCX', async () => {
    const model = legalityOpinion();
    const docx = (await rawText(await buildLetterDocx(model, settings))).split('\n\n').filter((p) => p.trim() !== '');
    expect(previewParagraphs(renderLetterHtml(model, settings))).toEqual(docx);
  });

  it('escapes every text taken from the model and the settings', () => {
    const html = renderLetterHtml(
      legalityOpinion({
        matterTitle: '<script>alert(1)</script>',
        recipient: '"><img src=x onerror=alert(1)>',
        opinions: [{ text: "</p><iframe src='x'>", severity: 'must', legalBasis: '<b>法</b>' }],
        attachments: ['<a href="javascript:x">附件</a>'],
      }),
      { ...settings, fonts: { ...settings.fonts, body: ['Evil"; background:url(x)', '仿宋'] } },
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<a |<b>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;iframe src=&#39;x&#39;&gt;');
    // The font name cannot close the style attribute.
    for (const m of html.matchAll(/style="([^"]*)"/g)) expect(m[1]).not.toContain('"');
    expect(html).not.toContain('url(x)"');
  });

  it('greys out the number line of a draft', () => {
    const html = renderLetterHtml(legalityOpinion({ letterNumber: null }), settings);
    expect(html).toMatch(/<p class="number draft"[^>]*>（草稿，未编号）<\/p>/);
  });
});
