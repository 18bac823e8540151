/**
 * Live search: on the catalogue search page (a form marked `data-live-search`), results and
 * filter counts follow the typing. After a short pause the island fetches the form's own GET URL
 * with the header `x-live-search: 1`, which answers with just the filters and results, swaps them
 * in, updates the address bar (so the URL stays the shareable link of what is shown) and lets the
 * status region (role=status) announce the new count. Without JavaScript the form is submitted.
 */
const DELAY_MS = 300;

export function enhanceLiveSearch(root: ParentNode = document): void {
  root.querySelectorAll<HTMLFormElement>('form[data-live-search]').forEach((form) => {
    if (form.dataset.liveSearchReady) return;
    form.dataset.liveSearchReady = 'true';
    attach(form);
  });
}

function urlOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  new FormData(form).forEach((value, key) => {
    if (typeof value === 'string' && value !== '') params.append(key, value);
  });
  const query = params.toString();
  return query ? `${form.action}?${query}` : form.action;
}

function attach(form: HTMLFormElement): void {
  let timer: number | undefined;
  let controller: AbortController | undefined;
  const status = document.getElementById('search-status');

  const update = async (): Promise<void> => {
    controller?.abort();
    controller = new AbortController();
    const url = urlOf(form);
    try {
      const response = await fetch(url, {
        headers: { 'x-live-search': '1' },
        signal: controller.signal,
        credentials: 'same-origin',
      });
      if (!response.ok) return;
      const html = await response.text();
      const fragment = new DOMParser().parseFromString(html, 'text/html');
      const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
      for (const id of ['search-filters', 'search-results']) {
        const fresh = fragment.getElementById(id);
        const current = document.getElementById(id);
        if (fresh && current) current.replaceWith(document.importNode(fresh, true));
      }
      // A replaced checkbox keeps the keyboard focus where it was.
      if (focusedId && document.activeElement === document.body) document.getElementById(focusedId)?.focus();
      const text = document.getElementById('search-results')?.dataset.status;
      if (status && text && status.textContent !== text) status.textContent = text;
      window.history.replaceState(null, '', url);
    } catch {
      // Aborted for a newer request, or offline: the page stays as it is and the form still submits.
    }
  };

  const schedule = (): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      void update();
    }, DELAY_MS);
  };

  form.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'search') schedule();
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'search') return;
    schedule();
  });
}
