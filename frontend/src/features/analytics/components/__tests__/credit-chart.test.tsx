import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { analyticsRowSchema } from '../../api/get-analytics';
import { CreditChart } from '../credit-chart';

const rows = [
  analyticsRowSchema.parse({ framing: 'REFUGEE_CONVENTION', creditAll: 2.5, creditSubstantiated: 1 }),
  analyticsRowSchema.parse({ framing: 'HUMANITARIAN_PROTECTION', creditAll: 1.2, creditSubstantiated: 0.5 }),
];

/** jsdom loads no images: this one "loads" as soon as it is given a source. */
class LoadingImage {
  static sources: string[] = [];
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  width = 0;
  height = 0;
  set src(value: string) {
    LoadingImage.sources.push(value);
    setTimeout(() => this.onload?.(), 0);
  }
}

describe('CreditChart', () => {
  let downloads: string[];
  let context: { fillStyle: string; fillRect: ReturnType<typeof vi.fn>; drawImage: ReturnType<typeof vi.fn> };
  let canvases: HTMLCanvasElement[];

  beforeEach(() => {
    downloads = [];
    canvases = [];
    LoadingImage.sources = [];
    vi.stubGlobal('Image', LoadingImage);
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:mock'), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    context = { fillStyle: '', fillRect: vi.fn(), drawImage: vi.fn() };
    // jsdom has no canvas: a 2D context that records the drawing, and a toBlob that answers in the asked type
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
      canvases.push(this);
      return context as unknown as CanvasRenderingContext2D;
    } as unknown as HTMLCanvasElement['getContext']);
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback: BlobCallback, type?: string) =>
      callback(new Blob(['\x89PNG'], { type: type ?? 'image/png' })),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('offers the chart as PNG: the SVG drawn twice as large on a white canvas, downloaded as image/png', async () => {
    renderWithProviders(<CreditChart rows={rows} filename="framing-credit-2026-11-20" />);
    const button = screen.getByRole('button', { name: 'Download chart (PNG)' });
    expect(screen.getByRole('button', { name: 'Download chart (SVG)' })).toBeInTheDocument();

    await userEvent.setup().click(button);
    await waitFor(() => expect(downloads).toEqual(['framing-credit-2026-11-20.png']));

    expect(LoadingImage.sources).toHaveLength(1);
    const source = LoadingImage.sources[0];
    expect(source).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    expect(decodeURIComponent(source.slice(source.indexOf(',') + 1))).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(canvases).toHaveLength(1);
    expect([canvases[0].width, canvases[0].height]).toEqual([760 * 2, 360 * 2]);
    expect(context.fillStyle).toBe('#ffffff');
    expect(context.fillRect).toHaveBeenCalledWith(0, 0, 1520, 720);
    expect(context.fillRect.mock.invocationCallOrder[0]).toBeLessThan(context.drawImage.mock.invocationCallOrder[0]);
    expect(context.drawImage).toHaveBeenCalledWith(expect.any(LoadingImage), 0, 0, 1520, 720);
    expect(HTMLCanvasElement.prototype.toBlob).toHaveBeenCalledWith(expect.any(Function), 'image/png');

    const blob = vi.mocked(URL.createObjectURL).mock.calls.at(-1)?.[0] as Blob;
    expect(blob.type).toBe('image/png');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the canvas gives no PNG, and downloads nothing', async () => {
    vi.mocked(HTMLCanvasElement.prototype.toBlob).mockImplementation((callback: BlobCallback) => callback(null));
    renderWithProviders(<CreditChart rows={rows} filename="framing-credit-2026-11-20" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download chart (PNG)' }));
    expect(await screen.findByText('The chart could not be saved as PNG.')).toBeInTheDocument();
    expect(downloads).toEqual([]);
  });

  it('offers nothing to download without rows', () => {
    renderWithProviders(<CreditChart rows={[]} filename="framing-credit-2026-11-20" />);
    expect(screen.getByRole('button', { name: 'Download chart (PNG)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download chart (SVG)' })).toBeDisabled();
  });
});
