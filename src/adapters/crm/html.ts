/** Text escaped for HTML element content and attribute values. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Plain text → the HTML CRMs take in rich-text bodies and notes: paragraphs (blank-line separated),
 * `- ` lists, line breaks; every piece escaped.
 */
export function textToHtml(text: string): string {
  const parts: string[] = [];
  for (const block of text.trim().split(/\n\s*\n/)) {
    let run: string[] = [];
    let list = false;
    const flush = () => {
      if (run.length) parts.push(list ? `<ul>${run.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : `<p>${run.map(escapeHtml).join('<br>')}</p>`);
      run = [];
    };
    for (const line of block.split('\n')) {
      const item = line.startsWith('- ');
      if (item !== list) flush();
      list = item;
      run.push(item ? line.slice(2) : line);
    }
    flush();
  }
  return parts.join('');
}
