import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local fake of Meta's Graph API send endpoints, for tests (VENDORS.md
 * 1.4, 1.7, 1.9 and its "Fake server checklist"):
 *
 * - WhatsApp Cloud API: `POST /{version}/{phone-number-id}/messages`
 * - Messenger / Instagram Send API: `POST /{version}/{page-id | ig-account-id | me}/messages`,
 *   where `me` is the page the token belongs to.
 *
 * Every request is checked the way Graph checks it (path, version, Bearer token of
 * that account, JSON, body shape per message type) and refused with Graph's error
 * envelope. A valid request gets the next scripted answer if a test queued one,
 * else the documented success. Every request is recorded, valid or not.
 * Plain node:http, no vendor SDK, so the code under test is the only Graph client.
 */

export type GraphChannel = 'whatsapp' | 'messenger' | 'instagram';

/** Account id -> the access token Graph accepts for it. */
export type AccountTokens = Readonly<Record<string, string>>;

export interface GraphApiFakeOptions {
  /** The only version accepted in the path, e.g. `v21.0`; any `vNN.N` when left out. */
  readonly version?: string;
  /** WhatsApp phone-number ids and the (system user) access token each accepts. */
  readonly whatsappNumbers?: AccountTokens;
  /** Facebook page ids and their page access tokens. */
  readonly pages?: AccountTokens;
  /** Instagram account ids and the page access token that sends for them (via `me`; a token a page also has resolves to the page). */
  readonly instagramAccounts?: AccountTokens;
}

/** One queued answer, given instead of the success once a request is valid. */
export interface ScriptedAnswer {
  readonly status: number;
  /** JSON-encoded unless a string; no body when left out. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Graph's error object (the `error` member of the envelope). */
export interface GraphErrorFields {
  readonly message: string;
  readonly type: string;
  readonly code: number;
  readonly error_subcode?: number;
  readonly error_data?: { readonly messaging_product?: string; readonly details: string };
  readonly fbtrace_id: string;
}

export interface RecordedTemplate {
  readonly name: string;
  readonly language: string;
  /** The text parameters of the `body` component, in order. */
  readonly bodyParameters: readonly string[];
}

export interface GraphApiCall {
  readonly method: string;
  /** As requested: path and query. */
  readonly url: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  /** The parsed JSON body; undefined when it was not JSON. */
  readonly body: unknown;
  /** Parsed view, from whatever the request got right. */
  readonly channel?: GraphChannel;
  /** The phone-number id, page id or Instagram account id (`me` resolved by the token). */
  readonly accountId?: string;
  /** WhatsApp `to`, or Send API `recipient.id`. */
  readonly recipient?: string;
  /** WhatsApp message type; `text` for a Send API text message. */
  readonly type?: string;
  readonly text?: string;
  readonly template?: RecordedTemplate;
  /** The answer. */
  readonly status: number;
  readonly response: unknown;
  /** The wamid or mid of a success. */
  readonly messageId?: string;
  /** When the answer was a Graph error envelope. */
  readonly error?: GraphErrorFields;
}

export interface GraphApiFake {
  /** Base URL, e.g. `http://127.0.0.1:43121` (no trailing slash). */
  readonly url: string;
  /** Every request so far, oldest first (the same array across resets). */
  readonly calls: readonly GraphApiCall[];
  /** Queues answers for the next valid requests, in order. */
  script(...answers: ScriptedAnswer[]): void;
  /** Scripted answers not used yet. */
  readonly scripted: number;
  /** Forgets the calls and any queued answers. */
  reset(): void;
  close(): Promise<void>;
}

let traceCounter = 0;

/** A Graph error answer, as the fake sends it and as tests script it. */
export function graphError(
  status: number,
  code: number,
  message: string,
  more: { type?: string; subcode?: number; details?: string; fbtraceId?: string; headers?: Readonly<Record<string, string>> } = {},
): ScriptedAnswer {
  const error: GraphErrorFields = {
    message,
    type: more.type ?? 'OAuthException',
    code,
    ...(more.subcode !== undefined ? { error_subcode: more.subcode } : {}),
    ...(more.details !== undefined ? { error_data: { messaging_product: 'whatsapp', details: more.details } } : {}),
    fbtrace_id: more.fbtraceId ?? `AFakeTrace${++traceCounter}`,
  };
  return { status, body: { error }, ...(more.headers ? { headers: more.headers } : {}) };
}

const ANY_VERSION = /^v\d+\.\d+$/;
const SEND_PATH = /^\/([^/?#]+)\/([^/?#]+)\/messages$/;
const MEDIA_TYPES = ['image', 'audio', 'document', 'video', 'sticker'] as const;
const CAPTIONED = new Set(['image', 'video', 'document']);
const MESSAGING_TYPES = new Set(['RESPONSE', 'UPDATE', 'MESSAGE_TAG']);
/** Meta's limits: text body 4096 chars; Messenger text 2000 chars; Instagram text 1000 UTF-8 bytes. */
const WHATSAPP_TEXT_MAX = 4096;
const MESSENGER_TEXT_MAX_CHARS = 2000;
const INSTAGRAM_TEXT_MAX_BYTES = 1000;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

interface Account {
  readonly channel: GraphChannel;
  readonly id: string;
  readonly token: string;
}

/** Starts the fake on 127.0.0.1 with a free port. */
export async function startGraphApiFake(options: GraphApiFakeOptions = {}): Promise<GraphApiFake> {
  const accounts: Account[] = [
    ...Object.entries(options.whatsappNumbers ?? {}).map(([id, token]) => ({ channel: 'whatsapp' as const, id, token })),
    ...Object.entries(options.pages ?? {}).map(([id, token]) => ({ channel: 'messenger' as const, id, token })),
    ...Object.entries(options.instagramAccounts ?? {}).map(([id, token]) => ({ channel: 'instagram' as const, id, token })),
  ];
  const calls: GraphApiCall[] = [];
  const queued: ScriptedAnswer[] = [];
  let messageCounter = 0;

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    const request = { method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, contentType: req.headers['content-type'], body };
    const { account, refusal } = route(request, accounts, options.version);
    const problem = refusal ?? validate(account!.channel, request);
    let answer: ScriptedAnswer;
    let messageId: string | undefined;
    if (problem) answer = problem;
    else if (queued.length > 0) answer = queued.shift()!;
    else {
      messageId = account!.channel === 'whatsapp' ? `wamid.fake${++messageCounter}` : `m_fake${++messageCounter}`;
      answer = { status: 200, body: success(account!.channel, body as Json, messageId) };
    }
    const error = isObject(answer.body) && isObject(answer.body.error) ? (answer.body.error as unknown as GraphErrorFields) : undefined;
    // Unresolved account: read the body as the API its shape names.
    const shape = account?.channel ?? (isObject(body) && body.messaging_product === 'whatsapp' ? 'whatsapp' : 'messenger');
    calls.push({
      ...request,
      ...(account ? { channel: account.channel, accountId: account.id } : {}),
      ...view(shape, body),
      status: answer.status,
      response: answer.body,
      ...(messageId ? { messageId } : {}),
      ...(error ? { error } : {}),
    });
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    script: (...answers) => void queued.push(...answers),
    get scripted() {
      return queued.length;
    },
    reset() {
      calls.length = 0;
      queued.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets of the client under test would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

interface RawRequest {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly body: unknown;
}

/** Path, version, account and token, in the order Graph reports them. */
function route(request: RawRequest, accounts: readonly Account[], version: string | undefined): { account?: Account; refusal?: ScriptedAnswer } {
  const match = SEND_PATH.exec(request.url);
  const versionOk = match && (version === undefined ? ANY_VERSION.test(match[1]!) : match[1] === version);
  if (request.method !== 'POST' || !match || !versionOk) return { refusal: graphError(404, 803, `Unknown path components: ${request.method} ${request.url}`) };
  const node = match[2]!;
  const token = /^Bearer (\S+)$/.exec(request.authorization ?? '')?.[1];
  const invalidToken = graphError(401, 190, 'Invalid OAuth access token - Cannot parse access token');
  if (!token || !accounts.some((a) => a.token === token)) return { refusal: invalidToken };
  if (node === 'me') {
    // `me` is the page the token belongs to; WhatsApp numbers have no `me` send.
    const own = accounts.find((a) => a.channel !== 'whatsapp' && a.token === token);
    return own ? { account: own } : { refusal: graphError(400, 100, '(#100) Unsupported post request') };
  }
  const known = accounts.filter((a) => a.id === node);
  if (known.length === 0) return { refusal: graphError(404, 803, `(#803) Some of the aliases you requested do not exist: ${node}`) };
  const account = known.find((a) => a.token === token);
  return account ? { account } : { refusal: invalidToken };
}

/** The body check for the account's API; undefined when Graph would accept it. */
function validate(channel: GraphChannel, request: RawRequest): ScriptedAnswer | undefined {
  const invalid = (message: string) => graphError(400, 100, `(#100) ${message}`, channel === 'whatsapp' ? { details: message } : {});
  if (!request.contentType?.startsWith('application/json')) return invalid('Content-Type must be application/json');
  if (!isObject(request.body)) return invalid('The request body must be a JSON object');
  const problem = channel === 'whatsapp' ? whatsappProblem(request.body) : sendApiProblem(channel, request.body);
  return problem === undefined ? undefined : invalid(problem);
}

function whatsappProblem(b: Json): string | undefined {
  if (b.messaging_product !== 'whatsapp') return "Param messaging_product must be 'whatsapp'";
  if (b.recipient_type !== undefined && b.recipient_type !== 'individual') return "Param recipient_type must be 'individual'";
  if (typeof b.to !== 'string' || !/^\+?\d{7,15}$/.test(b.to)) return 'Param to must be a phone number';
  if (b.context !== undefined && !(isObject(b.context) && nonEmptyString(b.context.message_id))) return "Param context['message_id'] is required";
  const type = b.type;
  const payload = typeof type === 'string' ? b[type] : undefined;
  if (!isObject(payload)) return `Param ${String(type)} is required for type ${String(type)}`;
  if (type === 'text') {
    if (!nonEmptyString(payload.body)) return "Param text['body'] is required";
    if (payload.body.length > WHATSAPP_TEXT_MAX) return `Param text['body'] must be at most ${WHATSAPP_TEXT_MAX} characters`;
    if (payload.preview_url !== undefined && typeof payload.preview_url !== 'boolean') return "Param text['preview_url'] must be a boolean";
    return undefined;
  }
  if (type === 'template') return templateProblem(payload);
  if (type === 'interactive') return interactiveProblem(payload);
  if ((MEDIA_TYPES as readonly unknown[]).includes(type)) {
    if (nonEmptyString(payload.id) === nonEmptyString(payload.link)) return `Param ${type} needs exactly one of id or link`;
    if (payload.caption !== undefined && !CAPTIONED.has(type as string)) return `Param ${type}['caption'] is not valid`;
    if (payload.filename !== undefined && type !== 'document') return `Param ${type}['filename'] is not valid`;
    return undefined;
  }
  return `Unsupported message type ${String(type)}`;
}

function templateProblem(t: Json): string | undefined {
  if (!nonEmptyString(t.name)) return "Param template['name'] is required";
  if (!isObject(t.language) || !nonEmptyString(t.language.code)) return "Param template['language']['code'] is required";
  if (t.components === undefined) return undefined;
  if (!Array.isArray(t.components)) return "Param template['components'] must be an array";
  for (const component of t.components) {
    if (!isObject(component) || !nonEmptyString(component.type)) return "Param template['components'][]['type'] is required";
    if (component.parameters === undefined) continue;
    if (!Array.isArray(component.parameters)) return "Param template['components'][]['parameters'] must be an array";
    for (const parameter of component.parameters) {
      if (!isObject(parameter) || !nonEmptyString(parameter.type)) return 'Template parameters need a type';
      if (parameter.type === 'text' && !nonEmptyString(parameter.text)) return 'A text parameter needs text';
    }
  }
  return undefined;
}

/** Reply buttons (at most 3, title <= 20, id <= 256) and lists (at most 10 rows), per VENDORS.md 1.4. */
function interactiveProblem(i: Json): string | undefined {
  if (!isObject(i.body) || !nonEmptyString(i.body.text)) return "Param interactive['body']['text'] is required";
  if (!isObject(i.action)) return "Param interactive['action'] is required";
  if (i.type === 'button') {
    const buttons = i.action.buttons;
    if (!Array.isArray(buttons) || buttons.length < 1 || buttons.length > 3) return 'Reply buttons: between 1 and 3';
    for (const button of buttons) {
      const reply = isObject(button) && button.type === 'reply' && isObject(button.reply) ? button.reply : undefined;
      if (!reply || !nonEmptyString(reply.id) || reply.id.length > 256) return 'A reply button needs an id of at most 256 characters';
      if (!nonEmptyString(reply.title) || reply.title.length > 20) return 'A reply button needs a title of at most 20 characters';
    }
    return undefined;
  }
  if (i.type === 'list') {
    if (!nonEmptyString(i.action.button)) return "Param interactive['action']['button'] is required";
    const sections = i.action.sections;
    if (!Array.isArray(sections) || sections.length === 0) return "Param interactive['action']['sections'] is required";
    const rows = sections.flatMap((s) => (isObject(s) && Array.isArray(s.rows) ? s.rows : [undefined]));
    if (rows.length < 1 || rows.length > 10) return 'A list has between 1 and 10 rows';
    if (!rows.every((r) => isObject(r) && nonEmptyString(r.id) && nonEmptyString(r.title))) return 'Every list row needs an id and a title';
    return undefined;
  }
  return `Unsupported interactive type ${String(i.type)}`;
}

function sendApiProblem(channel: GraphChannel, b: Json): string | undefined {
  if (!isObject(b.recipient) || !nonEmptyString(b.recipient.id)) return 'Param recipient[id] is required';
  if (!MESSAGING_TYPES.has(String(b.messaging_type))) return 'Param messaging_type must be RESPONSE, UPDATE or MESSAGE_TAG';
  if (b.messaging_type === 'MESSAGE_TAG' && !nonEmptyString(b.tag)) return 'Param tag is required with MESSAGE_TAG';
  if (!isObject(b.message) || !nonEmptyString(b.message.text)) return 'Param message[text] is required';
  const text = b.message.text;
  if (channel === 'instagram' && Buffer.byteLength(text, 'utf8') > INSTAGRAM_TEXT_MAX_BYTES) return `Param message[text] must be at most ${INSTAGRAM_TEXT_MAX_BYTES} bytes`;
  if (channel === 'messenger' && [...text].length > MESSENGER_TEXT_MAX_CHARS) return `Param message[text] must be at most ${MESSENGER_TEXT_MAX_CHARS} characters`;
  return undefined;
}

function success(channel: GraphChannel, body: Json, messageId: string): Json {
  if (channel !== 'whatsapp') return { recipient_id: (body.recipient as Json).id, message_id: messageId };
  const to = body.to as string;
  return { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to.replace(/^\+/, '') }], messages: [{ id: messageId, message_status: 'accepted' }] };
}

/** The recorded view of a body, read defensively: it may be the reason for a refusal. */
function view(channel: GraphChannel, body: unknown): Pick<GraphApiCall, 'recipient' | 'type' | 'text' | 'template'> {
  if (!isObject(body)) return {};
  if (channel !== 'whatsapp') {
    const recipient = isObject(body.recipient) && typeof body.recipient.id === 'string' ? body.recipient.id : undefined;
    const text = isObject(body.message) && typeof body.message.text === 'string' ? body.message.text : undefined;
    return { ...(recipient !== undefined ? { recipient } : {}), ...(text !== undefined ? { type: 'text', text } : {}) };
  }
  const recipient = typeof body.to === 'string' ? body.to : undefined;
  const type = typeof body.type === 'string' ? body.type : undefined;
  const text = type === 'text' && isObject(body.text) && typeof body.text.body === 'string' ? body.text.body : undefined;
  const t = type === 'template' && isObject(body.template) ? body.template : undefined;
  const template: RecordedTemplate | undefined =
    t && typeof t.name === 'string'
      ? {
          name: t.name,
          language: isObject(t.language) && typeof t.language.code === 'string' ? t.language.code : '',
          bodyParameters: (Array.isArray(t.components) ? t.components : [])
            .filter((c): c is Json => isObject(c) && c.type === 'body' && Array.isArray(c.parameters))
            .flatMap((c) => (c.parameters as unknown[]).filter((p): p is Json => isObject(p) && p.type === 'text').map((p) => String(p.text))),
        }
      : undefined;
  return { ...(recipient !== undefined ? { recipient } : {}), ...(type !== undefined ? { type } : {}), ...(text !== undefined ? { text } : {}), ...(template ? { template } : {}) };
}
