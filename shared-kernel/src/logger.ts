import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';

export type Logger = PinoLogger;

const SECRET_KEY = /pass(word)?|secret|token|api[-_]?key|authorization|cookie|otp|totp|pin$|mfa|signature|credential|private[-_]?key/i;
/** `code` also names error codes (`SCHEDULING.SLOT_TAKEN`); only numeric codes are secrets. */
const CODE_KEY = /(^|[-_])code$|Code$/;
const NUMERIC_CODE = /^\d{4,10}$/;
const PHONE_KEY = /phone|msisdn|wa_?id|mobile/i;
/** A phone-like run of 7-15 digits with optional +, single spaces, dots, dashes or parentheses, not inside a word or a time. */
const PHONE_IN_TEXT = /(?<![\w:+])\+?\(?\d(?:[\s.-]?\(?\d\)?){6,14}(?![\w:])/g;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

/** Keep the last 3 digits: enough for staff to tell numbers apart, useless to anyone else. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length <= 3) return '***';
  return `${'*'.repeat(digits.length - 3)}${digits.slice(-3)}`;
}

export function maskPhonesInText(text: string): string {
  return text.replace(PHONE_IN_TEXT, (match) => (ISO_DATE.test(match) ? match : maskPhone(match)));
}

/** Deep copy with secrets removed and phone numbers masked. */
export function scrub(value: unknown, key = '', depth = 0): unknown {
  if (depth > 8) return '[depth]';
  if (typeof value === 'string') {
    if (key && SECRET_KEY.test(key)) return '[redacted]';
    if (key && CODE_KEY.test(key) && NUMERIC_CODE.test(value)) return '[redacted]';
    if (key && PHONE_KEY.test(key)) return maskPhone(value);
    return maskPhonesInText(value);
  }
  if (typeof value === 'number') {
    if (key && (SECRET_KEY.test(key) || (CODE_KEY.test(key) && NUMERIC_CODE.test(String(value))))) return '[redacted]';
    if (key && PHONE_KEY.test(key)) return maskPhone(String(value));
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: maskPhonesInText(value.message), stack: value.stack && maskPhonesInText(value.stack) };
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => scrub(item, key, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = v !== null && typeof v === 'object' ? (SECRET_KEY.test(k) ? '[redacted]' : scrub(v, k, depth + 1)) : scrub(v, k, depth + 1);
  }
  return out;
}

export interface LoggerOptions {
  level?: string;
  name?: string;
  destination?: DestinationStream;
}

/**
 * pino with every log object and message scrubbed. Scrubbing is done in the
 * formatter and the method hook, so no call site can forget it.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      name: options.name ?? 'frontdesk',
      formatters: {
        log: (object) => scrub(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const cleaned = args.map((arg) => (typeof arg === 'string' ? maskPhonesInText(arg) : arg));
          return method.apply(this, cleaned as Parameters<typeof method>);
        },
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/** A logger that writes nothing, for tests that do not look at logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
