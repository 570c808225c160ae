import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_ANTHROPIC_MODEL } from './anthropic-client';

/**
 * A local Messages API for tests of the Anthropic adapters: it refuses what the
 * real API would refuse (VENDORS.md 6.1, 6.3, 6.4 and the fake checklist) and
 * otherwise answers from a script.
 */
export const TEST_API_KEY = 'sk-ant-test-key';

export interface Scripted {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Answer only after this long (the client may have given up by then). */
  delayMs?: number;
}
export interface Seen {
  headers: IncomingHttpHeaders;
  body: any;
}
export type Script = (request: Seen, attempt: number) => Scripted;

export function apiError(type: string, message: string) {
  return { type: 'error', error: { type, message }, request_id: 'req_test' };
}

export interface UsageIn {
  input: number;
  output: number;
  cacheWrite?: number;
  cacheRead?: number;
}

export function message(content: unknown[], stopReason: string, usage: UsageIn = { input: 10, output: 5 }): Scripted {
  return {
    status: 200,
    body: {
      id: `msg_${Math.random().toString(36).slice(2)}`,
      type: 'message',
      role: 'assistant',
      model: DEFAULT_ANTHROPIC_MODEL,
      content,
      stop_reason: stopReason,
      stop_sequence: null,
      usage: {
        input_tokens: usage.input,
        output_tokens: usage.output,
        cache_creation_input_tokens: usage.cacheWrite ?? 0,
        cache_read_input_tokens: usage.cacheRead ?? 0,
        cache_creation: { ephemeral_5m_input_tokens: usage.cacheWrite ?? 0, ephemeral_1h_input_tokens: 0 },
      },
    },
  };
}
export const text = (t: string) => ({ type: 'text', text: t, citations: null });
export const toolUse = (id: string, name: string, input: unknown) => ({ type: 'tool_use', id, name, input, caller: { type: 'direct' } });

/** Answers in order; the last one repeats. */
export function sequence(...answers: Scripted[]): Script {
  return (_request, attempt) => answers[Math.min(attempt, answers.length) - 1]!;
}

export function countBreakpoints(body: any): number {
  let n = 0;
  const visit = (block: any) => {
    if (block && typeof block === 'object' && block.cache_control) n++;
  };
  (body.tools ?? []).forEach(visit);
  if (Array.isArray(body.system)) body.system.forEach(visit);
  for (const m of body.messages ?? []) if (Array.isArray(m.content)) m.content.forEach(visit);
  return n;
}

function validate(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders, body: any): Scripted | undefined {
  if (method !== 'POST' || url !== '/v1/messages') return { status: 404, body: apiError('not_found_error', `${method} ${url}`) };
  // The key as `x-api-key` (VENDORS.md 6.1, API version 2023-06-01) or as a Bearer token, which is how
  // SDK 1.x sends an API key (`apiKeyAuth` in client.ts, API version 2026-10-21).
  const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  if ((headers['x-api-key'] ?? bearer) !== TEST_API_KEY) return { status: 401, body: apiError('authentication_error', 'invalid x-api-key') };
  if (!headers['anthropic-version']) return { status: 400, body: apiError('invalid_request_error', 'anthropic-version header is required') };
  if (!body || typeof body.model !== 'string') return { status: 400, body: apiError('invalid_request_error', 'model: Field required') };
  if (!Number.isInteger(body.max_tokens) || body.max_tokens < 1) return { status: 400, body: apiError('invalid_request_error', 'max_tokens: Field required') };
  if (!Array.isArray(body.messages) || body.messages.length === 0) return { status: 400, body: apiError('invalid_request_error', 'messages: at least one message is required') };
  if (body.messages.at(-1).role !== 'user') return { status: 400, body: apiError('invalid_request_error', 'prefill is not supported') };
  if (countBreakpoints(body) > 4) return { status: 400, body: apiError('invalid_request_error', 'A maximum of 4 blocks with cache_control may be provided') };
  if ('temperature' in body || body.tool_choice?.type === 'any' || body.tool_choice?.type === 'tool') {
    return { status: 400, body: apiError('invalid_request_error', 'not supported on this model') };
  }
  for (let i = 0; i < body.messages.length; i++) {
    const m = body.messages[i];
    if (!Array.isArray(m.content)) continue;
    const results = m.content.filter((b: any) => b.type === 'tool_result');
    if (results.length === 0) continue;
    const previous = body.messages[i - 1];
    const ids = new Set((Array.isArray(previous?.content) ? previous.content : []).filter((b: any) => b.type === 'tool_use').map((b: any) => b.id));
    if (m.role !== 'user' || results.some((r: any) => !ids.has(r.tool_use_id))) {
      return { status: 400, body: apiError('invalid_request_error', 'tool_result without a matching tool_use in the previous assistant turn') };
    }
    if (m.content[0].type !== 'tool_result') return { status: 400, body: apiError('invalid_request_error', 'tool_result blocks must come first') };
  }
  return undefined;
}

export class MessagesApiFake {
  /** Every request, in order; cleared by reset(). */
  seen: Seen[] = [];
  script: Script = () => ({ status: 500, body: apiError('api_error', 'no script') });
  baseURL = '';
  private server: Server | undefined;

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        let body: any;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          body = undefined;
        }
        const request: Seen = { headers: req.headers, body };
        this.seen.push(request);
        const answer = validate(req.method, req.url, req.headers, body) ?? this.script(request, this.seen.length);
        const send = () => {
          if (res.destroyed) return;
          res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', 'request-id': 'req_test', ...answer.headers });
          res.end(JSON.stringify(answer.body ?? {}));
        };
        if (answer.delayMs) setTimeout(send, answer.delayMs);
        else send();
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  reset(): void {
    this.seen = [];
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
