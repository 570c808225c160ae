import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { ErrorAlert, LoadingState, PageTitle, SuccessNote, TextField, useTRPC, type Api } from '@frontdesk/web-common';

type Policy = inferOutput<Api['staff']['identity']['securityPolicy']>;

/** Owners: the clinic's idle time-out and whether every staff member needs two-step sign-in. */
export function SecurityPage() {
  const trpc = useTRPC();
  const policy = useQuery(trpc.staff.identity.securityPolicy.queryOptions());
  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle="Security · Staff dashboard · Frontdesk">Security</PageTitle>
        <p className="fd-muted">Sign-in rules for everyone in your clinic.</p>
      </div>
      <section className="fd-card" aria-labelledby="policy-heading" aria-busy={policy.isPending}>
        <h3 id="policy-heading">Sign-in policy</h3>
        {policy.isPending && <LoadingState>Loading the policy…</LoadingState>}
        {policy.isError && <ErrorAlert error={policy.error} title="The policy could not be loaded." onRetry={() => void policy.refetch()} />}
        {policy.isSuccess && <PolicyForm policy={policy.data} />}
      </section>
    </>
  );
}

function PolicyForm({ policy }: { policy: Policy }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [idle, setIdle] = useState(String(policy.idleMinutes));
  const [requireMfa, setRequireMfa] = useState(policy.requireMfaForAllStaff);
  const [problem, setProblem] = useState<string | undefined>();
  const save = useMutation(
    trpc.staff.identity.setSecurityPolicy.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.identity.securityPolicy.queryKey() }),
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const idleMinutes = Number(idle);
    if (!idle.trim() || !Number.isInteger(idleMinutes)) {
      setProblem('Enter the idle time-out as a whole number of minutes, e.g. 30.');
      return;
    }
    setProblem(undefined);
    save.mutate({ idleMinutes, requireMfaForAllStaff: requireMfa });
  };
  return (
    <form className="fd-form" onSubmit={submit} noValidate>
      <TextField
        label="Idle time-out (minutes)"
        hint="Sign people out after this long without activity: 5 to 480 minutes. Sessions always end after 10 hours."
        type="number"
        inputMode="numeric"
        name="idle-minutes"
        min={5}
        max={480}
        step={1}
        value={idle}
        onChange={(e) => {
          setIdle(e.target.value);
          save.reset();
        }}
        style={{ maxInlineSize: '10rem' }}
      />
      <label className="fd-check">
        <input
          type="checkbox"
          name="require-mfa"
          checked={requireMfa}
          onChange={(e) => {
            setRequireMfa(e.target.checked);
            save.reset();
          }}
        />
        <span className="fd-check-text">
          <span className="fd-strong">Require two-step sign-in for all staff</span>
          <span className="fd-hint">Owners always need it. With this on, doctors and receptionists set it up at their next sign-in.</span>
        </span>
      </label>
      {problem && <ErrorAlert error={problem} />}
      {save.isError && <ErrorAlert error={save.error} labels={{ idleMinutes: 'Idle time-out', requireMfaForAllStaff: 'Two-step sign-in' }} />}
      {save.isSuccess && <SuccessNote>Saved. The new rules apply from each person's next request.</SuccessNote>}
      <div className="fd-actions">
        <button type="submit" className="fd-button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save policy'}
        </button>
      </div>
    </form>
  );
}
