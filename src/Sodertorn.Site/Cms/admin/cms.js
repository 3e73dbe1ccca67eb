// Starts Decap CMS for the site: the file format that keeps files byte for byte (format.js), the editor components
// for decisions, assignments and links to ids (components.js, picker.js), and previews styled with the site's CSS.
// No inline script: the policy for /admin/ has no 'unsafe-inline' for scripts, so this file finds what it needs itself.
import { fromFile, toFile } from './format.js';
import * as blocks from './components.js';
import { pickId } from './picker.js';
import { registerPreviews, setTitles } from './preview.js';
import { parse } from './yaml/index.js';

const CMS = window.CMS;

// Decap's Swedish lacks a few phrases of the editor's widgets; they are added to it, the rest stays Decap's own.
const swedish = CMS.getLocale?.('sv');
if (swedish) {
  const widgets = swedish.editor?.editorWidgets ?? {};
  CMS.registerLocale('sv', {
    ...swedish,
    editor: {
      ...swedish.editor,
      editorWidgets: {
        ...widgets,
        list: { ...widgets.list, add: 'Lägg till %{item}', addType: 'Lägg till %{item}' },
        object: { ...widgets.object, expand: 'Visa', collapse: 'Dölj' },
        datetime: { ...widgets.datetime, setToNow: 'Sätt %{fieldLabel} till nu' },
      },
    },
  });
}

CMS.registerCustomFormat('sodertorn', 'md', { fromFile, toFile });

const blockFields = {
  beslut: [
    { name: 'id', label: 'Id', widget: 'string', hint: 'Små bokstäver, siffror och bindestreck, t.ex. vp-2024-antas. Blir beslutets permanenta adress.' },
    { name: 'avser', label: 'Avser (id)', widget: 'string', required: false, hint: 'Det beslutet gäller: id för en plan, aktivitet, ett mål … Flera id skiljs med mellanslag.' },
    { name: 'ansvarig', label: 'Ansvarig', widget: 'string', required: false, hint: 'Fyll i om beslutet ger någon ett uppdrag.' },
    { name: 'senast', label: 'Senast (datum)', widget: 'string', required: false, pattern: ['^(\\d{4}-\\d{2}-\\d{2})?$', 'Skriv datumet som ÅÅÅÅ-MM-DD'], hint: 'Datum då uppdraget ska vara klart, ÅÅÅÅ-MM-DD. Bara om källan anger ett datum.' },
    { name: 'återrapporterar', label: 'Återrapporterar (id)', widget: 'string', required: false, hint: 'Id för ett tidigare uppdrag som rapporteras här men inte är klart, t.ex. lg-2023-02-10/programinnehall.' },
    { name: 'slutför', label: 'Slutför (id)', widget: 'string', required: false, hint: 'Id för ett tidigare uppdrag som är klart i och med detta.' },
    { name: 'återkallar', label: 'Återkallar (id)', widget: 'string', required: false, hint: 'Id för ett tidigare uppdrag som inte längre gäller.' },
    { name: 'text', label: 'Beslutets text', widget: 'text', hint: 'Skriv inte "Beslut:", sidan visar det själv.' },
    { name: 'övrigt', widget: 'hidden' },
    { name: 'rad', widget: 'hidden' },
  ],
  uppdrag: [
    { name: 'id', label: 'Id', widget: 'string', hint: 'Små bokstäver, siffror och bindestreck, t.ex. ordforande-ssk.' },
    { name: 'ansvarig', label: 'Ansvarig', widget: 'string', hint: 'Den som har fått uppdraget (måste fyllas i).' },
    { name: 'avser', label: 'Avser (id)', widget: 'string', required: false },
    { name: 'senast', label: 'Senast (datum)', widget: 'string', required: false, pattern: ['^(\\d{4}-\\d{2}-\\d{2})?$', 'Skriv datumet som ÅÅÅÅ-MM-DD'], hint: 'Datum då uppdraget ska vara klart, ÅÅÅÅ-MM-DD. Bara om källan anger ett datum.' },
    { name: 'återrapporterar', label: 'Återrapporterar (id)', widget: 'string', required: false, hint: 'Id för ett tidigare uppdrag som rapporteras här men inte är klart, t.ex. lg-2023-02-10/programinnehall.' },
    { name: 'slutför', label: 'Slutför (id)', widget: 'string', required: false, hint: 'Id för ett tidigare uppdrag som är klart i och med detta.' },
    { name: 'återkallar', label: 'Återkallar (id)', widget: 'string', required: false, hint: 'Id för ett tidigare uppdrag som inte längre gäller.' },
    { name: 'text', label: 'Uppdragets text', widget: 'text' },
    { name: 'övrigt', widget: 'hidden' },
    { name: 'rad', widget: 'hidden' },
  ],
};

for (const kind of ['beslut', 'uppdrag']) {
  CMS.registerEditorComponent({
    id: kind,
    label: kind === 'beslut' ? 'Beslut' : 'Uppdrag',
    fields: blockFields[kind],
    pattern: blocks.blockPattern(kind),
    fromBlock: match => blocks.fromBlock(kind, match),
    toBlock: data => blocks.toBlock(kind, data),
    toPreview: data => blocks.blockPreview(kind, data),
  });
}

CMS.registerEditorComponent({
  id: 'xref',
  type: 'inline',
  label: 'Länk till id',
  pattern: blocks.xrefPattern,
  fromInline: blocks.fromXref,
  toInline: blocks.toXref,
  toPreview: data => data.text || data.id || '',
  onInsert: ({ selectedText }) => pickId(selectedText),
  onEdit: ({ data }) => pickId(data.text, data.id),
});

// The site's stylesheet has a content hash in its name: read it off the site's own not-found page.
const siteCss = await fetch('/404.html')
  .then(r => r.text())
  .then(html => new DOMParser().parseFromString(html, 'text/html').querySelector('link[rel="stylesheet"]')?.getAttribute('href'))
  .catch(() => null);
if (siteCss) CMS.registerPreviewStyle(siteCss);
CMS.registerPreviewStyle('preview.css');
const config = await fetch('config.yml').then(r => r.text()).then(text => parse(text)).catch(() => ({ collections: [] }));
registerPreviews(CMS, (config.collections ?? []).map(c => c.name));
setTitles(await fetch('ids.json').then(r => r.json()).catch(() => []));

// The local backend (decap-server) is reached through the preview on this page's own origin (Authoring/Preview forwards
// /admin/api/v1 to it), so the policy for /admin/ needs no other address; Decap wants the address in full.
// On this machine there are no deploy previews to link to (the preview beside the CMS is the live one).
const local = ['localhost', '127.0.0.1'].includes(window.location.hostname);
CMS.init({
  config: {
    local_backend: { url: new URL('/admin/api/v1', window.location.origin).href },
    ...(local ? { show_preview_links: false } : {}),
  },
});
