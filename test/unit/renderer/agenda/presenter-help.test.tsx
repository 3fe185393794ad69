import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { PresenterOverlay } from '../../../../renderer/src/features/presenter/PresenterOverlay';
import { usePresenter } from '../../../../renderer/src/features/presenter/presenter-store';
import { HelpOverlay } from '../../../../renderer/src/features/help/HelpOverlay';
import { useEditor } from '../../../../renderer/src/stores/editor';
import { openTemplateWorkshop } from './helpers';

const press = (key: string, target: Element | Window = document.body) => act(() => void fireEvent.keyDown(target, { key }));

beforeEach(async () => {
  usePresenter.getState().leave();
  const workshop = await openTemplateWorkshop();
  window.location.hash = `#/workshop/${workshop.id}/lead-definition`;
  useEditor.getState().editContent((c) => ({ ...c, participants: [{ id: 'p1', name: 'Mary Marketer', team: 'Marketing', title: 'CMO', email: '' }] }));
});

describe('PresenterOverlay', () => {
  it('opens with P, blanks with B, leaves with Esc, and shows the step essentials with the timer', () => {
    render(<PresenterOverlay />);
    expect(screen.queryByTestId('presenter')).toBeNull();
    press('p');
    const view = screen.getByTestId('presenter');
    expect(view).toHaveTextContent('Lead definition');
    expect(view).toHaveTextContent('200–5,000 employees');
    expect(screen.getByRole('list', { name: 'Lifecycle stages' }).children).toHaveLength(6);
    expect(screen.getByRole('timer')).toBeInTheDocument();
    press('b');
    expect(screen.getByTestId('presenter-blank')).toBeInTheDocument();
    press('b');
    expect(screen.getByTestId('presenter')).toBeInTheDocument();
    press('Escape');
    expect(screen.queryByTestId('presenter')).toBeNull();
  });

  it('ignores P while someone types, but F5 and the menu command still switch', () => {
    render(
      <>
        <input aria-label="Notes" />
        <PresenterOverlay />
      </>,
    );
    press('p', screen.getByLabelText('Notes'));
    expect(screen.queryByTestId('presenter')).toBeNull();
    press('F5', screen.getByLabelText('Notes'));
    expect(screen.getByTestId('presenter')).toBeInTheDocument();
    act(() => void window.dispatchEvent(new CustomEvent('cg:command', { detail: 'presenter' })));
    expect(screen.queryByTestId('presenter')).toBeNull();
  });

  it('shows the participants by team on the participants step', async () => {
    window.location.hash = window.location.hash.replace('lead-definition', 'participants');
    await act(async () => void window.dispatchEvent(new HashChangeEvent('hashchange')));
    render(<PresenterOverlay />);
    press('F5');
    expect(screen.getByTestId('presenter')).toHaveTextContent('Mary Marketer');
    expect(screen.getByTestId('presenter')).toHaveTextContent('1 person');
  });
});

describe('HelpOverlay', () => {
  it('opens on ? and lists the shortcuts', () => {
    render(<HelpOverlay />);
    expect(screen.queryByRole('dialog')).toBeNull();
    press('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const text of ['Undo the last edit', 'Presenter mode on or off', 'Blank the screen in presenter mode', 'Pick up or drop the focused card', 'Show this list']) {
      expect(dialog).toHaveTextContent(text);
    }
  });

  it('opens from the Help menu command', () => {
    render(<HelpOverlay />);
    act(() => void window.dispatchEvent(new CustomEvent('cg:command', { detail: 'shortcuts' })));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });
});
