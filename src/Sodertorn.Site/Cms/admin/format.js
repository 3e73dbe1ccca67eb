// The file format of input/ for Decap CMS: YAML front matter between '---' lines, then Markdown.
//
// Decap's own front-matter format writes the whole YAML anew on every save: keys in the order of the configuration,
// "08:30" unquoted, [a, b] as a block list, comments gone. This one keeps every byte it was not asked to change:
// - a file opened and saved without a change comes back exactly as it was read;
// - a changed field replaces only that field's lines, written in the style of the files in input/;
// - a new file is written in that style, fields in the configuration's order, empty optional fields left out.
// The text as read travels with the entry in the field ORIGINAL (no widget shows it, this format never writes it).
// Used by the CMS in the browser (cms.js) and by the tests in Node (tests/…/Cms/).
import { Document, isMap, isScalar, isSeq, parseDocument, visit, Scalar } from './yaml/index.js';

export const ORIGINAL = '__original';

const YAML_OPTIONS = { version: '1.2', schema: 'core' };
const WRITE_OPTIONS = { lineWidth: 0, minContentWidth: 0, indentSeq: true, flowCollectionPadding: false };
// A front-matter block: '---', the YAML, '---'. The YAML may be empty.
const FRONT = /^(---[ \t]*\r?\n)((?:[\s\S]*?\r?\n)?)(---[ \t]*(?:\r?\n|$))/;
// Clock times are written quoted ("08:30"), as the guide and every file in input/ do: a YAML 1.1 reader would take
// 08:30 for a number of minutes.
const TIME = /^\d{1,2}[:.]\d{2}$/;

/** The parts of a file: the fences, the YAML between them (null when there is no front matter), and the body. */
export function split(text) {
  const match = FRONT.exec(text);
  if (!match) return { open: '', front: null, close: '', body: text };
  return { open: match[1], front: match[2], close: match[3], body: text.slice(match[0].length) };
}

function parse(front) {
  if (front === null || front.trim() === '') return {};
  const doc = parseDocument(front, YAML_OPTIONS);
  if (doc.errors.length > 0) throw new Error(`YAML-fel i sidhuvudet: ${doc.errors[0].message}`);
  const data = doc.toJS();
  return data && typeof data === 'object' && !Array.isArray(data) ? data : {};
}

export function fromFile(text) {
  const parts = split(text);
  return { ...parse(parts.front), body: parts.body, [ORIGINAL]: text };
}

/**
 * @param data the entry's fields, body included
 * @param sortedKeys the configuration's field names in order (Decap passes them): the order of a new file's keys
 */
export function toFile(data, sortedKeys = []) {
  const { body = '', [ORIGINAL]: original, ...fields } = plain(data);
  if (typeof original !== 'string') {
    const front = render(ordered(prune(fields, undefined), sortedKeys));
    return `---\n${front}---\n${normalBody(body)}`;
  }
  const old = split(original);
  const oldFields = parse(old.front);
  const newFields = prune(fields, oldFields);
  const front = equal(newFields, oldFields) ? old.front : patch(old.front ?? '', oldFields, newFields, sortedKeys);
  const newBody = body === old.body ? old.body : keepLines(old.body, normalBody(body));
  if (front === old.front && newBody === old.body) return original;
  if (old.front === null) return `---\n${front}---\n${newBody}`;
  return old.open + front + old.close + newBody;
}

/** An edited body: one blank line after the front matter, one newline at the end (the Markdown editor keeps neither). */
export function normalBody(body) {
  const text = String(body ?? '').replace(/\r\n/g, '\n').replace(/^\n+/, '').replace(/\s+$/, '');
  return text === '' ? '' : `\n${text}\n`;
}

/**
 * An edited body with the lines the author did not touch as they were. The rich-text editor writes the whole text
 * anew in its own Markdown ("* " for "- " in lists, escapes); a line that differs from an old one only in that way is
 * the old line. Lines are paired in order (longest common subsequence of their canonical forms).
 */
export function keepLines(oldBody, newBody) {
  const before = oldBody.split('\n');
  const after = newBody.split('\n');
  const a = before.map(canonical);
  const b = after.map(canonical);
  // Lengths of the longest common subsequences of the tails; small files (a few hundred lines), so a table will do.
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const result = [];
  let i = 0;
  let j = 0;
  while (j < b.length) {
    if (i < a.length && a[i] === b[j]) {
      result.push(before[i]);
      i++;
      j++;
    } else if (i < a.length && table[i + 1][j] >= table[i][j + 1]) {
      i++;
    } else {
      result.push(sameMarker(after[j], result[result.length - 1]));
      j++;
    }
  }
  return result.join('\n');
}

/** A new list item after a kept one takes its marker: '- a' then '* b' would be two lists. */
function sameMarker(line, previous) {
  const item = /^(\s*)[*+-]([ \t]+)/.exec(line);
  const before = previous === undefined ? null : /^(\s*)([*+-])[ \t]+/.exec(previous);
  return item && before && item[1] === before[1] ? line.replace(/^(\s*)[*+-]/, `$1${before[2]}`) : line;
}

/** A line as Markdown means it: list markers alike, escapes the editor adds removed, trailing spaces gone. */
function canonical(line) {
  return line
    .replace(/^(\s*)[*+-][ \t]+/, '$1- ')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/[ \t]+$/, '');
}

/** Decap hands over Immutable.js values in places; plain JSON from here on. */
function plain(value) {
  if (value && typeof value.toJS === 'function') return value.toJS();
  return JSON.parse(JSON.stringify(value ?? {}));
}

function isEmpty(value) {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

/**
 * The new values without the empty ones the editor adds for fields the file did not have: an optional field left
 * blank is not written. A field the file had keeps its value, empty or not ("frånvarande: []" stays).
 */
function prune(value, old) {
  if (Array.isArray(value)) return value.map((item, i) => prune(item, Array.isArray(old) ? old[i] : undefined));
  if (value === null || typeof value !== 'object') return value;
  const result = {};
  for (const [key, item] of Object.entries(value)) {
    const had = old !== null && typeof old === 'object' && !Array.isArray(old) && key in old;
    if (!had && isEmpty(item)) continue;
    result[key] = prune(item, had ? old[key] : undefined);
  }
  return result;
}

function equal(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every(k => equal(a[k], b[k]));
  }
  // The widgets give numbers and flags as text in places; "2024" and 2024 are the same value in the file.
  return a !== undefined && b !== undefined && a !== null && b !== null && String(a) === String(b);
}

/** Keys in the configuration's order, nested ones too; keys it does not name keep their place after those. */
function ordered(value, sortedKeys) {
  if (Array.isArray(value)) return value.map(v => ordered(v, sortedKeys));
  if (value === null || typeof value !== 'object') return value;
  const rank = key => {
    const i = sortedKeys.indexOf(key);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const keys = Object.keys(value).map((k, i) => [k, i]).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]);
  return Object.fromEntries(keys.map(([k]) => [k, ordered(value[k], sortedKeys)]));
}

/** YAML in the style of input/: block lists indented under their key, times quoted, no line folding. */
function render(value) {
  if (Object.keys(value).length === 0) return '';
  const doc = new Document(value, YAML_OPTIONS);
  quoteTimes(doc);
  return doc.toString(WRITE_OPTIONS);
}

function quoteTimes(doc) {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && TIME.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

/** One top-level field as text, without the final newline, in the style the old value had where it can. */
function renderPair(key, value, oldNode) {
  const doc = new Document({ [key]: value }, YAML_OPTIONS);
  quoteTimes(doc);
  const node = doc.contents.items[0].value;
  if (isSeq(oldNode) && oldNode.flow && isSeq(node) && node.items.every(isScalar)) node.flow = true;
  if (isScalar(oldNode) && isScalar(node) && typeof node.value === 'string' && oldNode.type && oldNode.type !== Scalar.PLAIN
    && !String(oldNode.type).startsWith('BLOCK') && !node.value.includes('\n')) {
    node.type = oldNode.type;
  }
  return doc.toString(WRITE_OPTIONS).replace(/\n$/, '');
}

/** Where a top-level field's text starts, and where its last line ends (before the newline). */
function extent(text, pair) {
  const start = pair.key.range[0];
  let end = pair.value ? pair.value.range[1] : pair.key.range[1];
  while (end > start && /\s/.test(text[end - 1])) end--;
  const newline = text.indexOf('\n', end);
  return { start, end: newline < 0 ? text.length : newline };
}

/** The old front matter with only the fields whose values differ written anew; every other byte as it was. */
function patch(front, oldFields, newFields, sortedKeys) {
  const doc = parseDocument(front, YAML_OPTIONS);
  const pairs = isMap(doc.contents) ? doc.contents.items : [];
  const byKey = new Map(pairs.map(p => [String(isScalar(p.key) ? p.key.value : p.key), p]));
  const edits = [];
  const keys = [...new Set([...Object.keys(oldFields), ...Object.keys(newFields)])];
  for (const key of keys) {
    if (equal(oldFields[key], newFields[key])) continue;
    const pair = byKey.get(key);
    if (pair && !(key in newFields)) {
      const { start, end } = extent(front, pair);
      edits.push({ start, end: Math.min(end + 1, front.length), text: '' });
    } else if (pair) {
      const { start, end } = extent(front, pair);
      edits.push({ start, end, text: renderPair(key, newFields[key], pair.value) });
    } else {
      edits.push({ ...insertionPoint(front, key, byKey, sortedKeys), text: renderPair(key, ordered(newFields[key], sortedKeys)) + '\n' });
    }
  }
  let result = front;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** A new field goes after the nearest field before it in the configuration that the file has, or last. */
function insertionPoint(front, key, byKey, sortedKeys) {
  const at = sortedKeys.indexOf(key);
  for (let i = at - 1; i >= 0; i--) {
    const pair = byKey.get(sortedKeys[i]);
    if (pair) {
      const { end } = extent(front, pair);
      const position = Math.min(end + 1, front.length);
      return { start: position, end: position };
    }
  }
  return { start: front.length, end: front.length };
}
