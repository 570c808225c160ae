import nodemailer, { type Transporter } from 'nodemailer';
import type { OutboundMail } from '../../ports/mail.port';

/** Mail through any SMTP server (SMTP_URL, e.g. smtps://user:pass@mail.example:465). */
export class SmtpMail implements OutboundMail {
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url);
  }

  async send(message: { to: string; subject: string; text: string }): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }
}
