import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock, silentLogger } from '@frontdesk/shared-kernel';
import { DevMailbox } from './dev-mailbox';
import { SmtpMail } from './smtp-mail';

interface Received {
  auth?: string;
  from?: string;
  to: string[];
  data: string;
}

/** A minimal SMTP server (RFC 5321 happy path + AUTH PLAIN) that records what it is sent. */
function fakeSmtp(received: Received[]): Server {
  return createServer((socket: Socket) => {
    const mail: Received = { to: [], data: '' };
    let inData = false;
    let buffer = '';
    socket.write('220 fake.smtp ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let index: number;
      while ((index = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push({ ...mail, to: [...mail.to] });
            socket.write('250 2.0.0 queued\r\n');
          } else mail.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-fake.smtp\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n');
        else if (verb === 'AUTH') {
          mail.auth = Buffer.from(line.split(' ')[2] ?? '', 'base64').toString('utf8');
          socket.write('235 2.7.0 ok\r\n');
        } else if (verb === 'MAIL') {
          mail.from = line;
          socket.write('250 ok\r\n');
        } else if (verb === 'RCPT') {
          mail.to.push(line);
          socket.write('250 ok\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
}

describe('outbound mail', () => {
  const received: Received[] = [];
  const server = fakeSmtp(received);
  let port = 0;
  beforeAll(async () => {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => server.close());

  it('goes through an SMTP server with the credentials from SMTP_URL', async () => {
    const mail = new SmtpMail(`smtp://mailer:s3cret@127.0.0.1:${port}`, 'Frontdesk <no-reply@clinic.example>');
    await mail.send({ to: 'new.doctor@clinic.example', subject: 'You are invited to Frontdesk', text: 'Open this link: https://clinic.example/x' });
    expect(received).toHaveLength(1);
    expect(received[0]!.auth).toBe('\u0000mailer\u0000s3cret');
    expect(received[0]!.from).toContain('<no-reply@clinic.example>');
    expect(received[0]!.to).toEqual(['RCPT TO:<new.doctor@clinic.example>']);
    expect(received[0]!.data).toMatch(/^Subject: You are invited to Frontdesk$/m);
    expect(received[0]!.data).toContain('Open this link: https://clinic.example/x');
  });

  it('is written to the mail directory in development', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontdesk-mail-'));
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      await new DevMailbox(dir, new FakeClock('2026-05-01T10:00:00Z'), silentLogger()).send({ to: 'a@b.test', subject: 'Hello', text: 'Body' });
    } finally {
      process.stdout.write = write;
    }
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, files[0]!), 'utf8'))).toMatchObject({ to: 'a@b.test', subject: 'Hello', text: 'Body', at: '2026-05-01T10:00:00.000Z' });
    rmSync(dir, { recursive: true, force: true });
  });
});
