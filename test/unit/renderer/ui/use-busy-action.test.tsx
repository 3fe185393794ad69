import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';

const toastError = vi.fn();
vi.mock('../../../../renderer/src/ui/toast', () => ({ notify: { error: (m: string) => toastError(m), success: vi.fn(), info: vi.fn(), undoable: vi.fn() } }));

const { useBusyAction } = await import('../../../../renderer/src/ui/useBusyAction');
const { AppFailure } = await import('../../../../shared/ipc/result');

describe('useBusyAction (issue 20: one busy/try/toast)', () => {
  it('is busy with its label while the work runs, and not once it is done', async () => {
    const { result } = renderHook(() => useBusyAction());
    let finish: () => void = () => undefined;
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.run(() => new Promise<void>((resolve) => (finish = resolve)), { label: 'Importing…' });
    });
    expect(result.current).toMatchObject({ busy: true, label: 'Importing…' });
    await act(async () => {
      finish();
      await running;
    });
    expect(result.current).toMatchObject({ busy: false, label: null });
  });

  it('comes back after a failure and hands it to onError, not to a toast', async () => {
    const { result } = renderHook(() => useBusyAction());
    const onError = vi.fn();
    const failure = new AppFailure('IO', 'The disk is full.');
    await act(() => result.current.run(() => Promise.reject(failure), { onError }));
    expect(onError).toHaveBeenCalledWith(failure);
    expect(toastError).not.toHaveBeenCalled();
    expect(result.current.busy).toBe(false);
  });

  it('toasts the failure in the user’s words by default', async () => {
    const { result } = renderHook(() => useBusyAction());
    await act(() => result.current.run(() => Promise.reject(new AppFailure('FROZEN', 'This version is signed.'))));
    expect(toastError).toHaveBeenCalledWith('This version is signed.');
    expect(result.current.busy).toBe(false);
  });
});
