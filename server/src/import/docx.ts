/**
 * A Word document's bytes → HTML, by mammoth. What is not a readable .docx is refused here with
 * a reason the user can act on; images are not kept (see `DroppedImage`).
 */
import mammoth from 'mammoth';
import { ImportError } from './errors';

/** A picture the importer leaves out; the text gets a comment in its place, the report a line. */
export interface DroppedImage {
  contentType: string;
  altText?: string;
}

interface DocxHtml {
  html: string;
  images: DroppedImage[];
  /** mammoth's warnings that matter to the author (not the unmapped-style notes). */
  warnings: string[];
}

/** Where a dropped image stood in the HTML: an `img` whose source is this and its index. */
export const DROPPED_IMAGE_SOURCE = 'iplan-dropped-image:';

const STYLE_MAP = [
  "p[style-name='Title'] => h1.iplan-title:fresh",
  "p[style-name='Titel'] => h1.iplan-title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Ondertitel'] => p:fresh",
  ...[1, 2, 3, 4, 5, 6].map((level) => `p[style-name='Kop ${level}'] => h${level}:fresh`),
  "r[style-name='Emphasis'] => em",
  "r[style-name='Nadruk'] => em",
  "r[style-name='Strong'] => strong",
  "r[style-name='Strong Emphasis'] => strong",
  "r[style-name='Zwaar'] => strong",
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** An encrypted OOXML package is a CFB file with an `EncryptionInfo` stream (UTF-16 name). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

export async function docxToHtml(bytes: Uint8Array): Promise<DocxHtml> {
  if (bytes.byteLength === 0) throw new ImportError('empty', 'het bestand is leeg', 'the file is empty');
  if (startsWith(bytes, CFB)) {
    if (isEncryptedPackage(bytes)) {
      throw new ImportError(
        'encrypted',
        'het document is met een wachtwoord beveiligd; sla het in Word zonder wachtwoord op en importeer opnieuw',
        'the document is password-protected; save it without a password in Word and import again',
      );
    }
    throw new ImportError(
      'not-docx',
      'dit is een oud Word-document (.doc, Word 97–2003); sla het in Word op als .docx en importeer opnieuw',
      'this is an old Word document (.doc, Word 97–2003); save it as .docx in Word and import again',
    );
  }
  if (!startsWith(bytes, ZIP)) {
    throw new ImportError('not-docx', 'dit is geen Word-document (.docx)', 'this is not a Word document (.docx)');
  }

  const images: DroppedImage[] = [];
  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // Linked (not embedded) files are never read: a document must not reach the disk.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          images.push({ contentType: image.contentType, altText: (image as { altText?: string }).altText || undefined });
          return { src: `${DROPPED_IMAGE_SOURCE}${images.length - 1}` };
        }),
      },
    );
  } catch (error) {
    const detail = (error as Error)?.message ?? String(error);
    if (/main document part/i.test(detail)) {
      throw new ImportError('not-docx', 'dit zip-bestand is geen Word-document (.docx)', 'this zip file is not a Word document (.docx)');
    }
    throw new ImportError('corrupt', `het Word-document is beschadigd (${oneLine(detail)})`, `the Word document is corrupt (${oneLine(detail)})`);
  }
  const warnings = result.messages
    .filter((message) => !/^Unrecognised (?:paragraph|run|table) style/.test(message.message))
    .map((message) => oneLine(message.message));
  return { html: result.value, images, warnings };
}

function oneLine(text: string): string {
  return text.split('\n')[0].trim();
}
