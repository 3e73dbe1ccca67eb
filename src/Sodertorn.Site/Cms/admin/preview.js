// Previews in the editor, marked up as the site's layouts mark up the same things (theme/layouts/meeting.sbn), so that
// the site's CSS (registered by cms.js) shows them as the published page will.

const h = (...args) => window.h(...args);

// Titles by id (ids.json): the organ's name in a heading, as the site derives it.
let titles = new Map();

export function setTitles(entries) {
  titles = new Map(entries.map(e => [e.id, e.titel]));
}

const longDate = iso => {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso ?? '') ? new Date(`${iso}T12:00:00`) : null;
  return date ? new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' }).format(date) : '';
};

function people(list) {
  const items = (list ?? []).filter(p => p && p.namn).map(p => {
    const where = (p.kommun && (titles.get(p.kommun) ?? p.kommun)) || p.organisation;
    return h('li', { key: p.namn }, [p.namn, where ? ` (${where})` : '', p.not ? `, ${p.not}` : ''].join(''));
  });
  return items.length > 0 ? h('ul', { className: 'personer' }, items) : null;
}

function fact(term, value) {
  return value ? [h('dt', { key: `${term}-t` }, term), h('dd', { key: `${term}-d` }, value)] : [];
}

function MinutesPreview({ entry, widgetFor }) {
  const data = entry.get('data').toJS();
  const organ = titles.get(data.organ) ?? data.organ ?? '';
  const title = data.titel || `${organ} ${longDate(data.datum)}`.trim();
  const time = [data.start, data.slut].filter(Boolean).join('–');
  return h('article', { className: 'protokoll' },
    h('h1', null, `Minnesanteckningar: ${title}`),
    h('dl', { className: 'fakta' },
      ...fact('Tid', [longDate(data.datum), time].filter(Boolean).join(' ')),
      ...fact('Plats', data.plats),
      ...fact('Mötesform', data['mötesform']),
      ...fact('Vid anteckningarna', data.sekreterare),
      ...fact('Justerare', (data.justerare ?? []).join(', '))),
    h('section', null, h('h2', null, 'Deltagare'), people(data.deltagare),
      (data['frånvarande'] ?? []).length > 0 ? h('h3', null, 'Frånvarande') : null, people(data['frånvarande']),
      (data['övriga'] ?? []).length > 0 ? h('h3', null, 'Övriga deltagare') : null, people(data['övriga'])),
    h('div', { className: 'brodtext' }, widgetFor('body')));
}

function PagePreview({ entry, widgetFor }) {
  return h('article', null, h('h1', null, entry.getIn(['data', 'titel']) ?? ''), h('div', { className: 'brodtext' }, widgetFor('body')));
}

export function registerPreviews(CMS, collections) {
  for (const name of collections) {
    CMS.registerPreviewTemplate(name, name.startsWith('protokoll-') ? MinutesPreview : PagePreview);
  }
}
