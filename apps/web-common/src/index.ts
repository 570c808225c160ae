/**
 * What the three web apps share: the typed API client, the page shell and
 * stylesheet, form and state building blocks, the hash router, the session
 * hooks, the sign-in flow (password, two-step code, enrolment, recovery codes)
 * and the audit-log table.
 */
export { TrpcProvider, useTRPC, useTRPCClient } from './trpc';
export { Shell, type ShellProps } from './shell';
export { SessionGate, type SessionGateProps } from './session-gate';
export { describeError, fieldProblems, isUnauthenticated, problemsAt, type DescribedError, type InputIssue } from './errors';
export {
  ConfirmButton,
  EmptyState,
  ErrorAlert,
  FieldError,
  LoadingState,
  PageTitle,
  SelectField,
  SuccessNote,
  TextArea,
  TextField,
  formatDateTime,
  type ErrorAlertProps,
} from './ui';
export { RouteLink, currentPath, navigate, resetRoute, segmentsOf, useRoutePath } from './router';
export {
  forgetSession,
  rememberSignIn,
  useSession,
  useSessionEndWatch,
  useSignOut,
  type Api,
  type OperatorUser,
  type SignedInUser,
  type StaffUser,
} from './session';
export { MfaSetup, RecoveryCodes, SignInFlow, groupSecret, type MfaSetupProps, type SignInFlowProps } from './sign-in';
export { ServiceStatus } from './service-status';
export { AuditFilters, AuditTable, type AuditEntry, type AuditFilter } from './audit';
