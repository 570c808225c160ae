export interface Totp {
  newSecret(): string;
  uri(secret: string, label: string): string;
  qrDataUrl(uri: string): Promise<string>;
  /** The accepted time step, or undefined. Codes at or before `afterTimeStep` are replays. */
  verify(secret: string, code: string, now: Date, afterTimeStep?: number): number | undefined;
}
