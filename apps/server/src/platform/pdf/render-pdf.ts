import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
let configured = false;

/**
 * The one place pdfmake is set up: its bundled Roboto, and no file or URL access beyond those
 * fonts (a document definition can name images by path or URL; ours never may).
 */
function configure() {
  if (configured) return;
  pdfmake.setFonts({
    Roboto: {
      normal: join(fontDir, 'Roboto-Regular.ttf'),
      bold: join(fontDir, 'Roboto-Medium.ttf'),
      italics: join(fontDir, 'Roboto-Italic.ttf'),
      bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setLocalAccessPolicy((p) => p.startsWith(fontDir));
  pdfmake.setUrlAccessPolicy(() => false);
  configured = true;
}

/** A pdfmake document definition rendered to PDF bytes. */
export async function renderPdf(doc: Record<string, unknown>): Promise<Buffer> {
  configure();
  return Buffer.from(await pdfmake.createPdf(doc).getBuffer());
}
