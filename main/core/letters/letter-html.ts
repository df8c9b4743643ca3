/**
 * HTML preview of a letter draft, rendered from the same blocks as the DOCX. Self-contained markup with
 * inline styles (no scripts, no external resources) so the renderer can show it in a sandboxed frame.
 */
import { LetterModel, OfficeSettings, type LetterModelInput } from '../../../shared/domain/letter.js';
import type { FontChain, LetterFonts } from '../../../shared/domain/letter.js';
import { layoutLetter, signatureLayout, type LayoutOptions, type LetterBlock, type SignatureLine } from './letter-content.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const GENERIC: Record<keyof Omit<LetterFonts, 'latin'>, string> = {
  title: 'serif',
  body: 'serif',
  heading1: 'sans-serif',
  heading2: 'serif',
  pageNumber: 'serif',
};

function fontFamily(chain: FontChain, generic: string): string {
  // Font names are user-editable settings: quote them for CSS and escape them for the attribute.
  return [...chain.map((f) => `'${f.replace(/['\\]/g, '')}'`), generic].join(', ');
}

/** One body character: 16 pt at 28 characters per 156 mm line. */
const EM = '15.8pt';

function blockHtml(block: LetterBlock, fonts: LetterFonts): string {
  const f = (role: keyof typeof GENERIC) => `font-family:${escapeHtml(fontFamily(fonts[role], GENERIC[role]))}`;
  const p = (cls: string, style: string, text: string) =>
    `<p class="${cls}" style="${style}">${escapeHtml(text)}</p>`;
  const indent = `text-indent:calc(2 * ${EM})`;
  switch (block.kind) {
    case 'office-header':
      // Upper edge 35 mm below the type area's top (7.2.4).
      return p('office-header', `${f('title')};font-size:22pt;color:#e00;text-align:center;margin-top:33.8mm`, block.text);
    case 'number':
      return p(
        block.draft ? 'number draft' : 'number',
        `text-align:center${block.rule ? ';border-bottom:1pt solid #e00;padding-bottom:4mm' : ''}${block.draft ? ';color:#999' : ''}`,
        block.text,
      );
    case 'blank':
      return '<p class="blank">&nbsp;</p>';
    case 'title':
      return `<p class="title" style="${f('title')};font-size:22pt;text-align:center;break-inside:avoid;break-after:avoid">${block.lines.map(escapeHtml).join('<br>')}</p>`;
    case 'recipient':
      return p('recipient', '', block.text);
    case 'heading1':
      return p('heading1', `${f('heading1')};${indent};break-after:avoid`, block.text);
    case 'heading2':
      return p('heading2', `${f('heading2')};${indent};break-after:avoid`, block.text);
    case 'body':
      return p(block.role ? `body ${block.role}` : 'body', `${indent};text-align:justify`, block.text);
    case 'attachments': {
      const numbered = block.items.length > 1;
      const left = `calc(${2 + block.label.length} * ${EM})`;
      return block.items
        .map((item, i) =>
          p(
            'attachment',
            `margin-left:${left}${i === 0 ? `;text-indent:calc(-${block.label.length} * ${EM})` : ''}`,
            `${i === 0 ? block.label : ''}${numbered ? `${i + 1}.` : ''}${item}`,
          ),
        )
        .join('');
    }
    case 'signature': {
      const lines = signatureLayout(block.office, block.date, block.sealed);
      const css = (l: SignatureLine) => `text-align:${l.align};margin-left:calc(${l.left} * ${EM});margin-right:calc(${l.right} * ${EM})`;
      return p('signature-office', css(lines.office), block.office) + p('signature-date', css(lines.date), block.date);
    }
    case 'note':
      return p('note', indent, block.text);
    case 'signoff':
      return p('signoff', `${indent};color:#555`, block.text);
  }
}

/** The letter as an HTML fragment (one page-like <article>), every text escaped. */
export function renderLetterHtml(model: LetterModelInput, settings: OfficeSettings, options: LayoutOptions = {}): string {
  const m = LetterModel.parse(model);
  const s = OfficeSettings.parse(settings);
  const fonts = s.fonts;
  const { blocks } = layoutLetter(m, s, options);
  const page =
    // The same −0.25 pt tracking as the DOCX (BODY_TRACKING): 28 characters a line.
    `${`font-family:${escapeHtml(fontFamily(fonts.body, 'serif'))}`};font-size:16pt;line-height:28.95pt;letter-spacing:-0.25pt;` +
    'width:156mm;min-height:225mm;padding:37mm 26mm 35mm 28mm;box-sizing:content-box;background:#fff;color:#000;margin:0 auto';
  const body = blocks.map((b) => blockHtml(b, fonts)).join('\n');
  return `<article class="letter-preview" lang="zh-CN" style="${page}">\n<style>.letter-preview p{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}</style>\n${body}\n</article>`;
}
