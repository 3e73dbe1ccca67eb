// Editor components for the Markdown editor: '::: beslut {…}' and '::: uppdrag {…}' blocks, and links to an id.
//
// Round trip: a block is read into its fields and written back from them. An opening line whose fields were not
// changed is written back as it was read (attribute order and spacing included), and the text between the lines is
// kept as it is, blank lines too: Decap matches a pattern over blank lines since decap-cms#3066 (the fix of #1044),
// and the pattern below reaches to the first line that is only ':::', as the build's reader (Markdig) does.
// Pure functions, no DOM: cms.js registers them, and the tests run them in Node over every file in input/.

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** The attributes the editor has fields for, in the order a new opening line writes them (docs/content-format.md). */
export const ATTRIBUTES = ['avser', 'ansvarig', 'senast', 'återrapporterar', 'slutför', 'återkallar'];

/** '::: beslut {#id avser="…" ansvarig="…"}', the text, ':::' — at the start of a block. */
export function blockPattern(kind) {
  return new RegExp(`^(:::[ \\t]*${kind}(?:[ \\t]*\\{([^}\\n]*)\\})?[ \\t]*)\\n([\\s\\S]*?)\\n:::[ \\t]*(?=\\n|$)`);
}

/** The attributes in '{#id avser="a b" ansvarig="Namn"}'; other text is kept so that it is not lost. */
export function parseAttributes(text) {
  const result = { id: '' };
  for (const name of ATTRIBUTES) result[name] = '';
  let rest = text ?? '';
  const id = /(?:^|\s)#([^\s"}]+)/.exec(rest);
  if (id) {
    result.id = id[1];
    rest = rest.replace(id[0], ' ');
  }
  for (const name of ATTRIBUTES) {
    const attribute = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(rest);
    if (attribute) {
      result[name] = attribute[1];
      rest = rest.replace(attribute[0], ' ');
    }
  }
  result.övrigt = rest.trim();
  return result;
}

export function openingLine(kind, fields) {
  const parts = [];
  if (fields.id) parts.push(`#${fields.id.trim()}`);
  const avser = (fields.avser ?? '').trim().split(/[\s,]+/).filter(Boolean).join(' ');
  if (avser) parts.push(`avser="${avser}"`);
  for (const name of ATTRIBUTES.slice(1)) {
    if ((fields[name] ?? '').trim()) parts.push(`${name}="${fields[name].trim()}"`);
  }
  if ((fields.övrigt ?? '').trim()) parts.push(fields.övrigt.trim());
  return parts.length > 0 ? `::: ${kind} {${parts.join(' ')}}` : `::: ${kind}`;
}

export function fromBlock(kind, match) {
  const attributes = parseAttributes(match[2]);
  return { ...attributes, text: match[3], rad: match[1] };
}

export function toBlock(kind, data) {
  const fields = { id: data.id ?? '', övrigt: data.övrigt ?? '' };
  for (const name of ATTRIBUTES) fields[name] = data[name] ?? '';
  const unchanged = data.rad && sameAttributes(parseAttributes(/\{([^}\n]*)\}/.exec(data.rad)?.[1]), fields)
    && new RegExp(`^:::[ \\t]*${kind}\\b`).test(data.rad);
  const line = unchanged ? data.rad : openingLine(kind, fields);
  const text = String(data.text ?? '').replace(/\r\n/g, '\n');
  return `${line}\n${text}\n:::`;
}

function sameAttributes(a, b) {
  const norm = v => String(v ?? '').trim().split(/\s+/).filter(Boolean).join(' ');
  return ['id', ...ATTRIBUTES, 'övrigt'].every(k => norm(a[k]) === norm(b[k]));
}

/** '[text](xref:id)' and '[text](xref:dokument/del)'. */
export const xrefPattern = new RegExp(`\\[([^\\]\\n]*)\\]\\(xref:(${ID}(?:/${ID})?)\\)`);

export function fromXref(match) {
  return { text: match[1], id: match[2] };
}

export function toXref(data) {
  return `[${data.text ?? ''}](xref:${data.id ?? ''})`;
}

const escape = text => String(text ?? '').replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The block as the site shows it (theme/…/HtmlDecisionRenderer's classes), for the editor's preview pane. */
export function blockPreview(kind, data) {
  const label = kind === 'beslut' ? 'Beslut' : 'Uppdrag';
  const paragraphs = String(data.text ?? '').split(/\n\s*\n/).map(p => p.trim()).filter(Boolean)
    .map(p => `<p>${escape(p).replace(/\[([^\]]*)\]\(xref:[^)]*\)/g, '<a href="#">$1</a>')}</p>`).join('');
  const owner = data.ansvarig ? `<p class="ansvarig">Ansvarig: ${escape(data.ansvarig)}</p>` : '';
  const actsOn = data.avser ? `<p class="avser">Avser: ${escape(data.avser)}</p>` : '';
  return `<div class="${kind}"><p class="etikett"><strong>${label}</strong></p>${paragraphs}${owner}${actsOn}</div>`;
}
