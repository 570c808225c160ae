import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TrpcProvider } from '@frontdesk/web-common';
import { App } from './app';
import { clinicIdFrom, embeddedFrom, initialLanguage, magicLinkTokenFrom } from './shared/page-options';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const { search, hash } = window.location;

createRoot(root).render(
  <StrictMode>
    <TrpcProvider>
      <App clinicId={clinicIdFrom(search)} initialLanguage={initialLanguage(search)} embedded={embeddedFrom(search)} linkToken={magicLinkTokenFrom(hash)} />
    </TrpcProvider>
  </StrictMode>,
);
