import { generateSecret, generateURI, verifySync } from 'otplib';
import QRCode from 'qrcode';
import type { Totp } from '../../ports/totp.port';

/** RFC 6238 TOTP (30 s, 6 digits, SHA-1: what authenticator apps expect), one step of clock drift allowed. */
export class OtplibTotp implements Totp {
  constructor(private readonly issuer = 'Frontdesk') {}

  newSecret(): string {
    return generateSecret();
  }

  uri(secret: string, label: string): string {
    return generateURI({ issuer: this.issuer, label, secret });
  }

  qrDataUrl(uri: string): Promise<string> {
    return QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 1, width: 220 });
  }

  verify(secret: string, code: string, now: Date, afterTimeStep?: number): number | undefined {
    if (!/^\d{6}$/.test(code)) return undefined;
    try {
      const result = verifySync({
        secret,
        token: code,
        epoch: Math.floor(now.getTime() / 1000),
        epochTolerance: 30,
        ...(afterTimeStep !== undefined ? { afterTimeStep } : {}),
      });
      return result.valid && 'timeStep' in result ? result.timeStep : undefined;
    } catch {
      return undefined;
    }
  }
}
