import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../../../renderer/src/db/database';
import { LibraryScreen } from '../../../../renderer/src/features/library/LibraryScreen';
import { startFirstRead } from '../../../../renderer/src/features/library/first-read';
import { saveLaunchPage } from '../../../../renderer/src/features/library/launch-snapshot';

const remembered: LibraryEntry = {
  versionId: 'v-remembered',
  agreementId: 'a-remembered',
  version: 1,
  status: 'draft',
  updatedAt: '2026-11-01T10:00:00.000Z',
  recency: -1,
  organisation: 'Remembered Org',
  quarter: '2027-Q1',
  title: 'Remembered agreement',
  signers: [],
  reviewDate: null,
  words: [],
};

describe('a launch with a remembered first page', () => {
  it('keeps showing the remembered rows once its effects have run, not "Opening the library…"', () => {
    saveLaunchPage({ rows: [remembered], hasMore: false, total: 1 }, new Set());
    startFirstRead();
    act(() => void render(<LibraryScreen />));
    expect(screen.queryByText('Opening the library…')).toBeNull();
    expect(screen.getByRole('button', { name: /^Open Remembered Org 2027-Q1 version 1: / })).toBeInTheDocument();
  });
});
