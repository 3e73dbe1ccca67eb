// "Länk till id": choose an existing id by its title instead of typing it. The ids come from ids.json, which the build
// writes beside the CMS (Cms/CmsGenerator.cs): every document and part the site knows, with its title.

let idsPromise;

function loadIds() {
  idsPromise ??= fetch('ids.json').then(r => (r.ok ? r.json() : [])).catch(() => []);
  return idsPromise;
}

function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

/** Opens the picker; resolves to { text, id }, or null when the author cancels. */
export async function pickId(text = '', id = '') {
  const ids = await loadIds();
  return new Promise(resolve => {
    const search = element('input', { type: 'search', id: 'xref-sok', autocomplete: 'off' });
    const list = element('select', { id: 'xref-lista', size: '10' });
    const label = element('input', { type: 'text', id: 'xref-text' });
    label.value = text;
    const insert = element('button', { type: 'submit', value: 'infoga', text: 'Infoga länken' });
    const cancel = element('button', { type: 'button', value: 'avbryt', text: 'Avbryt' });
    const form = element('form', { method: 'dialog' },
      element('h2', { id: 'xref-rubrik', text: 'Länka till en sida, ett möte eller ett beslut' }),
      element('p', {}, element('label', { for: 'xref-sok', text: 'Sök på titel eller id' }), search),
      element('p', {}, element('label', { for: 'xref-lista', text: 'Träffar' }), list),
      element('p', {}, element('label', { for: 'xref-text', text: 'Länktext (tom: sidans titel visas)' }), label),
      element('p', { class: 'knappar' }, insert, cancel));
    const dialog = element('dialog', { class: 'xref-valjare', 'aria-labelledby': 'xref-rubrik' }, form);

    const show = () => {
      const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      // Published documents first, then their parts, then what is declared but not published here.
      const rank = entry => (entry.publicerad ? 0 : 2) + (entry.id.includes('/') ? 1 : 0);
      list.replaceChildren(...ids
        .filter(entry => words.every(w => `${entry.id} ${entry.titel}`.toLowerCase().includes(w)))
        .sort((a, b) => rank(a) - rank(b) || a.titel.length - b.titel.length)
        .slice(0, 200)
        .map(entry => element('option', { value: entry.id, text: `${entry.titel} (${entry.id})${entry.publicerad ? '' : ' – publiceras inte här'}` })));
      if (id && [...list.options].some(o => o.value === id)) list.value = id;
      else if (list.options.length > 0) list.selectedIndex = 0;
    };
    search.addEventListener('input', show);
    cancel.addEventListener('click', () => dialog.close(''));
    dialog.addEventListener('close', () => {
      const chosen = dialog.returnValue !== '' && dialog.returnValue !== 'avbryt' ? list.value : '';
      dialog.remove();
      resolve(chosen ? { text: label.value, id: chosen } : null);
    });
    form.addEventListener('submit', event => {
      if (!list.value) {
        event.preventDefault();
        search.focus();
        return;
      }
      dialog.returnValue = 'infoga';
    });
    document.body.append(dialog);
    show();
    dialog.showModal();
    search.focus();
  });
}
