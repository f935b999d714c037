/** Polls a health URL until it answers 200; rejects with the last failure once `ms` have passed. */
export async function waitForHealthy(
  url: string,
  ms: number,
  isAlive: () => boolean = () => true,
): Promise<void> {
  const until = Date.now() + ms;
  let last = 'no answer';
  while (Date.now() < until && isAlive()) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not become healthy (${isAlive() ? last : 'the process exited'})`);
}
