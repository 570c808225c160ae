export interface OutboundMail {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}
