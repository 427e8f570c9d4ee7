import { attachClosedRoot } from './closed-ui';
import { kt } from './text';

/**
 * A small banner at the top of the knowledge-base page, in a closed shadow root so neither the
 * page's styles nor ours leak, and the page's scripts cannot read it. Plain DOM: no React for a few lines of text and a few buttons, which act
 * on trusted clicks only.
 */
export interface BannerAction {
  id: string;
  label: string;
  run: () => void | Promise<void>;
}

export interface BannerContent {
  tone: 'info' | 'ok' | 'warn' | 'error';
  title: string;
  lines?: string[];
  actions?: BannerAction[];
}

const COLORS = { info: '#000091', ok: '#18753c', warn: '#b34000', error: '#ce0500' } as const;

let host: HTMLElement | null = null;

export function showBanner(content: BannerContent): HTMLElement {
  host?.remove();
  host = document.createElement('ars-banner');
  host.id = 'ars-banner';
  const root = attachClosedRoot(host);
  const box = document.createElement('div');
  box.setAttribute('role', content.tone === 'error' ? 'alert' : 'status');
  box.style.cssText = `font: 14px/1.4 Marianne, Arial, sans-serif; background: #fff; color: #161616;
    border-left: 6px solid ${COLORS[content.tone]}; box-shadow: 0 2px 8px rgba(0,0,0,.25);
    padding: 10px 14px; margin: 8px auto; max-width: 760px;`;
  const title = document.createElement('strong');
  title.textContent = content.title;
  box.append(title);
  if (content.lines?.length) {
    const list = document.createElement('ul');
    list.style.margin = '6px 0';
    for (const line of content.lines) {
      const li = document.createElement('li');
      li.textContent = line;
      list.append(li);
    }
    box.append(list);
  }
  const row = document.createElement('div');
  row.style.cssText = 'display: flex; gap: 8px; flex-wrap: wrap; margin-top: 6px;';
  for (const action of content.actions ?? []) {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = `ars-${action.id}`;
    button.textContent = action.label;
    button.style.cssText = `font: inherit; cursor: pointer; padding: 4px 10px; background: #fff;
      color: #000091; border: 1px solid #000091;`;
    // Only a person's click: a script of the page could click our buttons (a choice, a fill).
    button.addEventListener('click', (event) => {
      if (event.isTrusted) void action.run();
    });
    row.append(button);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = kt('close');
  close.setAttribute('aria-label', kt('closeLabel'));
  close.style.cssText =
    'font: inherit; cursor: pointer; margin-left: auto; background: none; border: 0; text-decoration: underline;';
  close.addEventListener('click', (event) => {
    if (event.isTrusted) host?.remove();
  });
  row.append(close);
  box.append(row);
  root.append(box);
  document.body.prepend(host);
  return host;
}
