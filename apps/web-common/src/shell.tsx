import type { ReactNode } from 'react';
import './styles.css';

export interface ShellProps {
  /** The app's name, shown as the page's only h1. */
  title: string;
  children: ReactNode;
}

/** Page layout: a banner with the product and app name, then the main landmark. */
export function Shell({ title, children }: ShellProps) {
  return (
    <div className="fd-shell">
      <header className="fd-header">
        <div className="fd-header-inner">
          <span className="fd-brand">Frontdesk</span>
          <h1 className="fd-title">{title}</h1>
        </div>
      </header>
      <main className="fd-main">{children}</main>
    </div>
  );
}
