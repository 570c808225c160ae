import { useSyncExternalStore, type AnchorHTMLAttributes, type ReactNode } from 'react';

/**
 * A tiny hash router: `#/team` is the path `/team`. The server serves each
 * app's index.html at its base (/staff/, /admin/), so hash routes need no
 * server-side fallback and survive a reload.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route path: `#/settings/branches` -> `/settings/branches`, none -> `/`. */
export function currentPath(): string {
  const raw = window.location.hash.replace(/^#/, '');
  const path = raw.split('?')[0] ?? '';
  if (!path || path === '/') return '/';
  return (path.startsWith('/') ? path : `/${path}`).replace(/\/+$/, '');
}

export function useRoutePath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/');
}

/** The path's segments: `/settings/branches` -> ['settings', 'branches']. */
export function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean).map(decodeURIComponent);
}

export function navigate(path: string): void {
  window.location.hash = path;
}

/** Back to the app's start without a history entry for the old route (used at sign-out). */
export function resetRoute(): void {
  if (window.location.hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

/** A link to a route; `aria-current="page"` when `current` is set. */
export function RouteLink({ to, current, children, ...rest }: { to: string; current?: boolean; children: ReactNode } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a href={`#${to}`} aria-current={current ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}
