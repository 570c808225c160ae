export interface LoginThrottle {
  /** Seconds to wait before another attempt for this account or IP, or 0. */
  retryAfter(accountKey: string, ip: string): Promise<number>;
  recordFailure(accountKey: string, ip: string): Promise<void>;
  recordSuccess(accountKey: string): Promise<void>;
}
