/** The last 3 digits of a masked (`*******123`) or full phone number. */
export function endingOf(phone: string | null | undefined): string {
  return (phone ?? '').replace(/\D/g, '').slice(-3);
}
