import type { MouseEvent, ReactNode } from 'react';
import './styles.css';

export interface ShellProps {
  /** The app's name, shown as the page's only h1. */
  title: string;
  /** Who is signed in and the sign-out button, at the end of the banner. */
  account?: ReactNode;
  /** The app's navigation; with it the page gets a side column. */
  nav?: ReactNode;
  /** An accessible name for the navigation landmark. */
  navLabel?: string;
  children: ReactNode;
}

/** The skip link focuses main directly: a `#main` href would be taken for a route by the hash router. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('fd-main')?.focus();
}

/** Page layout: a banner with the product and app name, optional navigation, then the main landmark. */
export function Shell({ title, account, nav, navLabel = 'Main', children }: ShellProps) {
  return (
    <div className="fd-shell">
      <a className="fd-skip" href="#fd-main" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="fd-header">
        <div className="fd-header-inner">
          <span className="fd-brand">Frontdesk</span>
          <h1 className="fd-title">{title}</h1>
          {account && <div className="fd-account">{account}</div>}
        </div>
      </header>
      {nav ? (
        <div className="fd-layout">
          <nav className="fd-nav" aria-label={navLabel}>
            {nav}
          </nav>
          <main className="fd-main" id="fd-main" tabIndex={-1}>
            {children}
          </main>
        </div>
      ) : (
        <main className="fd-main fd-main-single" id="fd-main" tabIndex={-1}>
          {children}
        </main>
      )}
    </div>
  );
}
