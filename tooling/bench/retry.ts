/**
 * Runs `attempt` until it succeeds, at most `times` times, and returns its result; reports each failure but the
 * last to `onFailure`, and rethrows the last. For Lighthouse runs: when recording the page's trace fails
 * (NO_NAVSTART, NO_FCP), Lighthouse asks to be run again, and a failed run gives no figures to skew a median.
 */
export async function retry<T>(
  attempt: () => Promise<T>,
  times: number,
  onFailure: (error: unknown, attemptNumber: number) => void,
): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (attemptNumber >= times) throw error;
      onFailure(error, attemptNumber);
    }
  }
}
