import '@fontsource/caveat/600.css';

export const SIGNATURE_FONT = '"Caveat", cursive';
/** Ink colour of every signature image: dark on the white paper of the PDF, whatever the theme. */
export const INK = '#1b2a4a';

/**
 * Renders a typed name in the bundled handwriting font to a PNG data URL. Waits for the font so
 * the first image is never drawn in a fallback face.
 */
export async function typedSignaturePng(name: string): Promise<string> {
  const text = name.trim();
  if (!text) throw new Error('Type your name first.');
  const size = 64;
  await document.fonts.load(`600 ${size}px "Caveat"`, text);
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('This device cannot draw images.');
  measure.font = `600 ${size}px ${SIGNATURE_FONT}`;
  const width = Math.min(1200, Math.ceil(measure.measureText(text).width) + 48);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.round(size * 1.6);
  const context = canvas.getContext('2d')!;
  context.font = measure.font;
  context.fillStyle = INK;
  context.textBaseline = 'middle';
  context.fillText(text, 24, canvas.height / 2);
  return canvas.toDataURL('image/png');
}
