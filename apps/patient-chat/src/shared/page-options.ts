import type { Language } from './copy';

export const DEFAULT_CLINIC_ID = 'demo-clinic';

/** Where the patient's language choice is remembered between visits (per browser, per origin). */
const LANGUAGE_KEY = 'frontdesk.chat.language';

/** The clinic this chat belongs to: `?clinic=<id>`, or the demo clinic. */
export function clinicIdFrom(search: string): string {
  const id = new URLSearchParams(search).get('clinic')?.trim();
  return id ? id : DEFAULT_CLINIC_ID;
}

/** `?embed=1`: inside the widget's iframe (embed.js), without the page's banner. */
export function embeddedFrom(search: string): boolean {
  const value = new URLSearchParams(search).get('embed');
  return value === '1' || value === 'true';
}

function isLanguage(value: string | null | undefined): value is Language {
  return value === 'ar' || value === 'en';
}

/** `?lang=en|ar` wins, then the patient's last choice, then Arabic. */
export function initialLanguage(search: string): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (isLanguage(asked)) return asked;
  try {
    const remembered = window.localStorage.getItem(LANGUAGE_KEY);
    if (isLanguage(remembered)) return remembered;
  } catch {
    // Storage can be blocked (third-party iframe, private mode): the default will do.
  }
  return 'ar';
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered; the toggle still works for this visit.
  }
}

/**
 * A front-desk sign-in link: `#link=<token>`. Read once at start-up; the
 * caller clears the hash after redeeming it so the token does not stay in the
 * address bar or the history.
 */
export function magicLinkTokenFrom(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('link');
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}

export function clearHash(): void {
  if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

/** `crypto.randomUUID` needs a secure context; plain-http LAN installs get the same shape from getRandomValues. */
export function newClientMessageId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
