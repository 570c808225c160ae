import { PageTitle } from '@frontdesk/web-common';

/** Placeholder until the billing module lands; only roles with billing.manage reach it. */
export function BillingPage() {
  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle="Billing · Staff dashboard · Frontdesk">Billing</PageTitle>
        <p className="fd-muted">Your subscription, payment settings and refunds.</p>
      </div>
      <section className="fd-card" aria-labelledby="billing-soon-heading">
        <h3 id="billing-soon-heading">Coming soon</h3>
        <p>Billing arrives with the billing module.</p>
      </section>
    </>
  );
}
