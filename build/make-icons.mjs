/**
 * Renders build/icon.svg into the PNG, ICO and ICNS files electron-builder uses.
 * The tools are not project dependencies (the icons are committed); to regenerate:
 *   npm install --no-save @resvg/resvg-js png2icons && node build/make-icons.mjs
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const folder = new URL('./', import.meta.url);
const svg = readFileSync(new URL('icon.svg', folder));
const render = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

writeFileSync(new URL('icon.png', folder), render(512));
writeFileSync(new URL('icon-256.png', folder), render(256));
// Linux picks the best size from build/icons/<n>x<n>.png.
mkdirSync(new URL('icons/', folder), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512]) writeFileSync(new URL(`icons/${size}x${size}.png`, folder), render(size));
const large = render(1024);
writeFileSync(new URL('icon.icns', folder), png2icons.createICNS(large, png2icons.BICUBIC, 0));
writeFileSync(new URL('icon.ico', folder), png2icons.createICO(large, png2icons.BICUBIC, 0, false, true));
console.log('Icons written to build/');
