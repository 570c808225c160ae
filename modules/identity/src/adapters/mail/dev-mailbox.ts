import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock, Logger } from '@frontdesk/shared-kernel';
import type { OutboundMail } from '../../ports/mail.port';

/** Development mail: each message is a JSON file in the mail directory and a line in the console. */
export class DevMailbox implements OutboundMail {
  constructor(
    private readonly directory: string,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async send(message: { to: string; subject: string; text: string }): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const at = this.clock.now().toISOString();
    const file = join(this.directory, `${at.replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}.json`);
    await writeFile(file, JSON.stringify({ ...message, at }, null, 2), { mode: 0o600 });
    // Dev only: the console shows the mail so invites can be followed without a mail server.
    process.stdout.write(`\n--- mail to ${message.to}: ${message.subject}\n${message.text}\n--- (saved in ${file})\n`);
    this.logger.info({ file }, 'development mail written');
  }
}
