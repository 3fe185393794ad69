/** Random ids from the platform's CSPRNG (present in Node 20 and every browser we run in). */
export function newId(): string {
  return (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();
}
