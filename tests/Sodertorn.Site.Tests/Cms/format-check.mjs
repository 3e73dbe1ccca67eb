// Runs the CMS's own file format and editor components (the files the build copies to /admin/) over every Markdown file
// of a folder, as the CMS would when an author opens a file and saves it, and prints what came back as JSON for
// CmsFormatTests.cs. Usage: node format-check.mjs ADMIN_FOLDER INPUT_FOLDER REWRITE_FOLDER
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [admin, input, rewrite] = process.argv.slice(2);
const format = await import(pathToFileURL(path.join(admin, 'format.js')).href);
const blocks = await import(pathToFileURL(path.join(admin, 'components.js')).href);

// The order a new file's keys are written in: the CMS passes its fields' order (here, the common ones first).
const ORDER = ['typ', 'id', 'titel', 'organ', 'datum', 'start', 'slut', 'plats', 'mötesform', 'deltagare', 'namn', 'kommun', 'organisation', 'not'];

function* walk(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.name.endsWith('.md')) yield full;
  }
}

/** Lines removed and added from a to b (longest common subsequence). */
function lineDiff(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  const t = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--) t[i][j] = x[i] === y[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
  const common = t[0][0];
  return { removed: x.length - common, added: y.length - common };
}

/** Every '::: beslut' and '::: uppdrag' block of a body, matched where a block starts, as Decap's editor does. */
function blocksOf(body) {
  const found = [];
  for (const kind of ['beslut', 'uppdrag']) {
    const pattern = blocks.blockPattern(kind);
    let at = 0;
    for (const line of body.split('\n')) {
      const match = line.startsWith(':::') ? pattern.exec(body.slice(at)) : null;
      if (match) found.push({ kind, match });
      at += line.length + 1;
    }
  }
  return found;
}

const results = [];
for (const file of walk(input)) {
  const text = fs.readFileSync(file, 'utf8');
  const relative = path.relative(input, file).split(path.sep).join('/');
  const result = { file: relative };

  // Opened and saved without a change.
  result.same = format.toFile(format.fromFile(text), ORDER) === text;

  // The title changed, as in the editor's Titel field.
  const titled = format.fromFile(text);
  result.hadTitle = 'titel' in titled;
  titled.titel = 'Ändrad titel';
  result.title = lineDiff(text, format.toFile(titled, ORDER));

  // A key with å, ä or ö changed: the key is kept as it is written, and only its line changes.
  const umlaut = format.fromFile(text);
  result.umlautKey = ['mötesform', 'nästa_möte', 'frånvarande', 'övriga'].find(k => k in umlaut && typeof umlaut[k] === 'string') ?? null;
  if (result.umlautKey) {
    umlaut[result.umlautKey] = umlaut[result.umlautKey] === 'digitalt' ? 'fysiskt' : 'digitalt';
    const written = format.toFile(umlaut, ORDER);
    result.umlaut = { ...lineDiff(text, written), line: written.split('\n').find(l => l.startsWith(`${result.umlautKey}:`)) ?? null };
  }

  // Every decision and assignment through the editor component and back.
  const body = format.split(text).body;
  const found = blocksOf(body);
  result.blocks = found.length;
  result.blocksWithBlankLines = found.filter(b => b.match[3].startsWith('\n') || b.match[3].includes('\n\n')).length;
  result.blockMismatches = found
    .map(b => ({ text: b.match[0], back: blocks.toBlock(b.kind, blocks.fromBlock(b.kind, b.match)) }))
    .filter(b => b.back !== b.text);
  // A field of a block changed: only its opening line changes.
  if (found.length > 0) {
    const first = found[0];
    const data = blocks.fromBlock(first.kind, first.match);
    const changed = blocks.toBlock(first.kind, { ...data, id: `${data.id}-2` });
    result.blockEdit = lineDiff(first.match[0], changed);
  }

  // The body edited in the rich-text editor: it writes the whole text anew ('* ' for '- ' in lists) and the author
  // added a paragraph at the end. Every line the author did not touch stays as it was.
  const edited = format.fromFile(text);
  edited.body = `${edited.body.replace(/^(\s*)- /gm, '$1* ').trim()}\n\nTillagd rad.`;
  result.bodyEdit = lineDiff(text, format.toFile(edited, ORDER));

  // The same document written as a new file (how the CMS writes one it creates), for the build to compare.
  const fresh = format.fromFile(text);
  delete fresh[format.ORIGINAL];
  const target = path.join(rewrite, relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, format.toFile(fresh, ORDER));

  results.push(result);
}
process.stdout.write(JSON.stringify(results));
