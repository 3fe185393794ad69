/**
 * A counter that moves on every change, and a way to wait for the next move: the laptop's
 * long-polls (the room's watchRoom, the team folder's watchTeamFolder) answer at once when
 * something changed since the revision they hold, else at the next change or after a while.
 */
export class ChangeCounter {
  private readonly waiting = new Set<() => void>();
  value = 0;

  bump(): void {
    this.value += 1;
    for (const wake of [...this.waiting]) wake();
  }

  async next(after: number, ms: number): Promise<number> {
    if (this.value > after) return this.value;
    await new Promise<void>((resolve) => {
      const wake = () => {
        this.waiting.delete(wake);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.waiting.add(wake);
    });
    return this.value;
  }
}
