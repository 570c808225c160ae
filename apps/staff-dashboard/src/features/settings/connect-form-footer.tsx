import { ErrorAlert } from '@frontdesk/web-common';

/**
 * The end of a channel's connect form (WhatsApp number, Facebook page,
 * Instagram account): why the last attempt failed, then Connect and, when
 * something is connected already, Cancel.
 */
export function ConnectFormFooter(props: {
  /** The connect mutation's error, if its last attempt failed. */
  error: unknown;
  /** The server named fields: their messages already show under them. */
  fieldsNamed: boolean;
  /** "number", "page", "account". */
  noun: string;
  labels: Readonly<Record<string, string>>;
  pending: boolean;
  connectLabel: string;
  onCancel?: (() => void) | undefined;
}) {
  const { error, fieldsNamed, noun } = props;
  return (
    <>
      {error != null &&
        (fieldsNamed ? (
          <div role="alert" className="fd-alert">
            <p>The {noun} was not connected: please check the fields marked above.</p>
          </div>
        ) : (
          <ErrorAlert error={error} title={`The ${noun} was not connected.`} labels={props.labels} />
        ))}
      <div className="fd-actions">
        <button type="submit" className="fd-button" disabled={props.pending}>
          {props.pending ? 'Connecting…' : props.connectLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="fd-button fd-button-quiet" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </>
  );
}
