import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferInput, inferOutput } from '@trpc/tanstack-react-query';
import {
  ConfirmButton,
  EmptyState,
  ErrorAlert,
  LoadingState,
  PageTitle,
  SelectField,
  SuccessNote,
  TextField,
  useTRPC,
  type Api,
  type StaffUser,
} from '@frontdesk/web-common';

type Member = inferOutput<Api['staff']['identity']['team']>[number];
type CatalogDoctor = inferOutput<Api['staff']['tenancy']['catalog']>['doctors'][number];
type Role = inferInput<Api['staff']['identity']['changeRole']>['role'];
type InviteRole = inferInput<Api['staff']['identity']['invite']>['role'];

const ROLE_LABEL: Record<Role, string> = { owner: 'Owner', doctor: 'Doctor', receptionist: 'Receptionist' };
const ROLE_OPTIONS = (Object.keys(ROLE_LABEL) as Role[]).map((value) => ({ value, label: ROLE_LABEL[value] }));
const INVITE_ROLES: { value: InviteRole; label: string }[] = [
  { value: 'receptionist', label: 'Receptionist' },
  { value: 'doctor', label: 'Doctor' },
];

/** Owners: the clinic's team, invitations, roles and disabling accounts. */
export function TeamPage({ user }: { user: StaffUser }) {
  const trpc = useTRPC();
  const team = useQuery(trpc.staff.identity.team.queryOptions());

  return (
    <>
      <div className="fd-page-head">
        <PageTitle documentTitle="Team · Staff dashboard · Frontdesk">Team</PageTitle>
        <p className="fd-muted">Everyone who can sign in to your clinic. Changing a role or disabling an account signs that person out.</p>
      </div>
      <InviteForm />
      <PendingInvites />
      <section className="fd-card" aria-labelledby="members-heading" aria-busy={team.isPending}>
        <h3 id="members-heading">Members</h3>
        {team.isPending && <LoadingState>Loading the team…</LoadingState>}
        {team.isError && <ErrorAlert error={team.error} title="The team could not be loaded." onRetry={() => void team.refetch()} />}
        {team.isSuccess && team.data.length === 0 && <EmptyState title="Nobody here yet">Invite your first colleague above.</EmptyState>}
        {team.isSuccess && team.data.length > 0 && <MemberTable members={team.data} me={user} />}
      </section>
    </>
  );
}

function InviteForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InviteRole>('receptionist');
  const invite = useMutation(
    trpc.staff.identity.invite.mutationOptions({
      onSuccess: () => {
        setEmail('');
        void queryClient.invalidateQueries({ queryKey: trpc.staff.identity.team.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.staff.identity.pendingInvites.queryKey() });
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ email, role });
  };
  return (
    <section className="fd-card" aria-labelledby="invite-heading">
      <h3 id="invite-heading">Invite someone</h3>
      <p className="fd-muted">They get an e-mail with a link to choose their password. The link works once, for 7 days.</p>
      <form className="fd-form" onSubmit={submit} noValidate>
        <div className="fd-grid">
          <TextField
            label="E-mail"
            type="email"
            name="invite-email"
            autoComplete="off"
            required
            value={email}
            onChange={(e) => {
              setEmail(e.target.value);
              if (invite.isSuccess) invite.reset();
            }}
          />
          <SelectField label="Role" name="invite-role" value={role} options={INVITE_ROLES} onChange={(e) => setRole(e.target.value as InviteRole)} />
        </div>
        {invite.isError && <ErrorAlert error={invite.error} labels={{ email: 'E-mail', role: 'Role' }} />}
        {invite.isSuccess && (
          <SuccessNote>
            Invitation sent to {invite.variables.email}. It expires on {new Date(invite.data.expiresAt).toLocaleDateString()}.
          </SuccessNote>
        )}
        <div className="fd-actions">
          <button type="submit" className="fd-button" disabled={invite.isPending}>
            {invite.isPending ? 'Sending…' : 'Send invitation'}
          </button>
        </div>
      </form>
    </section>
  );
}

type PendingInvite = inferOutput<Api['staff']['identity']['pendingInvites']>[number];

/** Invitations not yet accepted; revoking one kills its link at once. */
function PendingInvites() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pending = useQuery(trpc.staff.identity.pendingInvites.queryOptions());
  const revoke = useMutation(
    trpc.staff.identity.revokeInvite.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.staff.identity.pendingInvites.queryKey() }),
    }),
  );
  return (
    <section className="fd-card" aria-labelledby="pending-heading" aria-busy={pending.isPending}>
      <h3 id="pending-heading">Pending invitations</h3>
      {pending.isPending && <LoadingState>Loading invitations…</LoadingState>}
      {pending.isError && <ErrorAlert error={pending.error} title="The invitations could not be loaded." onRetry={() => void pending.refetch()} />}
      {revoke.isError && <ErrorAlert error={revoke.error} title="The invitation was not revoked." />}
      {pending.isSuccess && pending.data.length === 0 && <EmptyState title="No pending invitations">Invitations you send appear here until they are accepted.</EmptyState>}
      {pending.isSuccess && pending.data.length > 0 && (
        <table className="fd-table">
          <thead>
            <tr>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="fd-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pending.data.map((invite: PendingInvite) => (
              <tr key={invite.id}>
                <td>{invite.email}</td>
                <td>{ROLE_LABEL[invite.role]}</td>
                <td>{new Date(invite.expiresAt).toLocaleDateString()}</td>
                <td>
                  <ConfirmButton
                    label="Revoke"
                    confirmLabel="Yes, revoke"
                    accessibleName={`Revoke the invitation for ${invite.email}`}
                    disabled={revoke.isPending}
                    onConfirm={() => revoke.mutate({ id: invite.id })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function MemberTable({ members, me }: { members: Member[]; me: StaffUser }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.identity.team.queryKey() });
  const [problem, setProblem] = useState<{ title: string; error: unknown } | undefined>();
  const [done, setDone] = useState<string | undefined>();

  const changeRole = useMutation(
    trpc.staff.identity.changeRole.mutationOptions({
      onMutate: () => {
        setProblem(undefined);
        setDone(undefined);
      },
      onSuccess: (_data, input) => setDone(`${nameOf(input.userId)} is now ${ROLE_LABEL[input.role].toLowerCase()}.`),
      onError: (error, input) => setProblem({ title: `The role of ${nameOf(input.userId)} was not changed.`, error }),
      onSettled: refresh,
    }),
  );
  const setDisabled = useMutation(
    trpc.staff.identity.setDisabled.mutationOptions({
      onMutate: () => {
        setProblem(undefined);
        setDone(undefined);
      },
      onSuccess: (_data, input) => setDone(`${nameOf(input.userId)} ${input.disabled ? 'can no longer sign in' : 'can sign in again'}.`),
      onError: (error, input) => setProblem({ title: `${nameOf(input.userId)} was not ${input.disabled ? 'disabled' : 'enabled'}.`, error }),
      onSettled: refresh,
    }),
  );
  const canLink = me.permissions.includes('staff.manage');
  const catalog = useQuery({ ...trpc.staff.tenancy.catalog.queryOptions(), enabled: canLink });
  const config = useQuery({ ...trpc.staff.scheduling.config.queryOptions(), enabled: canLink });
  const staffDoctors: Record<string, string> = config.data?.staffDoctors ?? {};
  const doctors: CatalogDoctor[] = catalog.data?.doctors ?? [];
  const doctorName = (id: string) => doctors.find((d) => d.id === id)?.name ?? 'a doctor no longer in the catalog';
  const linkDoctor = useMutation(
    trpc.staff.scheduling.linkStaffDoctor.mutationOptions({
      onMutate: () => {
        setProblem(undefined);
        setDone(undefined);
      },
      onSuccess: (_data, input) =>
        setDone(
          input.doctorId === null
            ? `Saved: ${nameOf(input.userId)} is no longer linked to a doctor profile.`
            : `Saved: ${nameOf(input.userId)} is linked to the doctor profile ${doctorName(input.doctorId)}.`,
        ),
      onError: (error, input) => setProblem({ title: `The doctor profile of ${nameOf(input.userId)} was not changed.`, error }),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.staff.scheduling.config.queryKey() }),
    }),
  );
  const busy = changeRole.isPending || setDisabled.isPending || linkDoctor.isPending;
  /**
   * Who holds each doctor entry, among the doctor accounts (a link left on an
   * account that is no longer a doctor has no effect, so it holds nothing).
   * The server allows two accounts on one doctor entry, but here that is
   * almost always a mistake (say, the old account of someone who left) and it
   * would give both accounts that doctor's patients. So the select offers only
   * free entries and names who holds the others: to move a link, the owner
   * sets the other account to "Not linked" first. A double link made some
   * other way is shown with a warning.
   */
  const holders = new Map<string, Member[]>();
  for (const member of members) {
    const doctorId = member.role === 'doctor' ? staffDoctors[member.id] : undefined;
    if (doctorId) holders.set(doctorId, [...(holders.get(doctorId) ?? []), member]);
  }
  function nameOf(userId: string) {
    return members.find((m) => m.id === userId)?.name ?? 'This person';
  }

  return (
    <>
      {problem && <ErrorAlert error={problem.error} title={problem.title} />}
      {catalog.isError && <ErrorAlert error={catalog.error} title="The clinic's doctors could not be loaded, so doctor profiles cannot be linked." onRetry={() => void catalog.refetch()} />}
      {config.isError && <ErrorAlert error={config.error} title="The doctor profiles of the team could not be loaded." onRetry={() => void config.refetch()} />}
      {done && <SuccessNote>{done}</SuccessNote>}
      <div className="fd-table-wrap">
        <table className="fd-table">
          <caption className="fd-visually-hidden">Team members</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Two-step sign-in</th>
              {canLink && <th scope="col">Doctor profile</th>}
              <th scope="col">
                <span className="fd-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const self = member.id === me.id;
              return (
                <tr key={member.id}>
                  <th scope="row">
                    {member.name} {self && <span className="fd-badge fd-badge-brand">You</span>}
                    <span className="fd-block fd-small fd-muted" style={{ fontWeight: 400 }}>
                      {member.email}
                    </span>
                  </th>
                  <td>
                    {self ? (
                      ROLE_LABEL[member.role]
                    ) : (
                      <select
                        aria-label={`Role of ${member.name}`}
                        value={member.role}
                        disabled={busy}
                        onChange={(e) => changeRole.mutate({ userId: member.id, role: e.target.value as Role })}
                      >
                        {ROLE_OPTIONS.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                  <td>
                    <span className={`fd-badge ${member.status === 'active' ? '' : 'fd-badge-danger'}`}>{member.status === 'active' ? 'Active' : 'Disabled'}</span>
                  </td>
                  <td>{member.mfaEnabled ? 'On' : <span className="fd-muted">Off</span>}</td>
                  {canLink && (
                    <td>
                      {member.role === 'doctor' && (
                        <DoctorProfileSelect
                          member={member}
                          doctors={doctors}
                          linked={staffDoctors[member.id]}
                          holders={holders}
                          loading={catalog.isPending || config.isPending}
                          disabled={busy || !catalog.isSuccess || !config.isSuccess}
                          onChange={(doctorId) => linkDoctor.mutate({ userId: member.id, doctorId })}
                        />
                      )}
                    </td>
                  )}
                  <td>
                    {!self &&
                      (member.status === 'active' ? (
                        <ConfirmButton
                          label="Disable"
                          accessibleName={`Disable ${member.name}`}
                          confirmLabel={`Disable ${member.name}`}
                          disabled={busy}
                          onConfirm={() => setDisabled.mutate({ userId: member.id, disabled: true })}
                        />
                      ) : (
                        <button
                          type="button"
                          className="fd-button fd-button-small fd-button-quiet"
                          aria-label={`Enable ${member.name}`}
                          disabled={busy}
                          onClick={() => setDisabled.mutate({ userId: member.id, disabled: false })}
                        >
                          Enable
                        </button>
                      ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Which doctor entry of the catalog a doctor's account is: it then sees only that doctor's schedule and patients. */
function DoctorProfileSelect({
  member,
  doctors,
  linked,
  holders,
  loading,
  disabled,
  onChange,
}: {
  member: Member;
  doctors: CatalogDoctor[];
  linked: string | undefined;
  holders: Map<string, Member[]>;
  loading: boolean;
  disabled: boolean;
  onChange: (doctorId: string | null) => void;
}) {
  if (loading) return <span className="fd-muted">Loading…</span>;
  const others = (doctorId: string) => (holders.get(doctorId) ?? []).filter((m) => m.id !== member.id);
  const sharedWith = linked ? others(linked) : [];
  const missing = linked !== undefined && !doctors.some((d) => d.id === linked);
  const hintId = `doctor-profile-hint-${member.id}`;
  return (
    <>
      <select
        aria-label={`Doctor profile of ${member.name}`}
        // A taken entry's label names its holder: without a cap the column pushes the actions out of view.
        style={{ maxWidth: '12rem' }}
        value={linked ?? ''}
        disabled={disabled}
        aria-describedby={sharedWith.length > 0 || missing || !linked ? hintId : undefined}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">Not linked</option>
        {missing && <option value={linked}>A doctor no longer in the catalog</option>}
        {doctors.map((doctor) => {
          const taken = others(doctor.id);
          // An entry another account holds cannot be picked here (see holders above).
          return (
            <option key={doctor.id} value={doctor.id} disabled={taken.length > 0 && doctor.id !== linked}>
              {taken.length > 0 ? `${doctor.name} (linked to ${taken.map((m) => m.name).join(', ')})` : doctor.name}
            </option>
          );
        })}
      </select>
      {!linked && (
        <span id={hintId} className="fd-block fd-small fd-muted">
          Sees no schedule until linked.
        </span>
      )}
      {sharedWith.length > 0 && (
        <span id={hintId} className="fd-block fd-small" style={{ color: 'var(--fd-warn-text)' }} role="note">
          Warning: {sharedWith.map((m) => m.name).join(', ')} {sharedWith.length === 1 ? 'is' : 'are'} linked to the same doctor profile too.
        </span>
      )}
      {missing && sharedWith.length === 0 && (
        <span id={hintId} className="fd-block fd-small fd-muted">
          That doctor was removed from the catalog: choose another profile.
        </span>
      )}
    </>
  );
}
