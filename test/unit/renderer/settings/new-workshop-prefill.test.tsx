import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { NewWorkshopScreen } from '../../../../renderer/src/features/workshop/NewWorkshopScreen';
import { db } from '../../../../renderer/src/db/database';
import { saveSetting } from '../../../../renderer/src/db/repositories/settings';

beforeEach(async () => {
  await db.settings.clear();
});

describe('New workshop: the facilitator comes from "Your name"', () => {
  it('prefills the facilitator with the stored name', async () => {
    await saveSetting('defaultFacilitator', 'Riley Chen');
    render(<NewWorkshopScreen />);
    await waitFor(() => expect(screen.getByLabelText('Facilitator')).toHaveValue('Riley Chen'));
  });

  it('leaves the facilitator empty when no name is stored', async () => {
    render(<NewWorkshopScreen />);
    // Wait for the read to have had its chance.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByLabelText('Facilitator')).toHaveValue('');
  });

  it('never replaces what was typed before the stored name arrived', async () => {
    await saveSetting('defaultFacilitator', 'Riley Chen');
    render(<NewWorkshopScreen />);
    fireEvent.change(screen.getByLabelText('Facilitator'), { target: { value: 'Sam' } });
    fireEvent.change(screen.getByLabelText('Organisation'), { target: { value: 'Acme' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByLabelText('Facilitator')).toHaveValue('Sam');
    expect(screen.getByLabelText('Organisation')).toHaveValue('Acme');
  });

  it('keeps the box empty when the person typed and cleared it before the name arrived', async () => {
    await saveSetting('defaultFacilitator', 'Riley Chen');
    render(<NewWorkshopScreen />);
    fireEvent.change(screen.getByLabelText('Facilitator'), { target: { value: 'Sam' } });
    fireEvent.change(screen.getByLabelText('Facilitator'), { target: { value: '' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByLabelText('Facilitator')).toHaveValue('');
  });
});
