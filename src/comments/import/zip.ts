// Opening a reviewer's Office file (DOCX now, XLSX later) safely: it comes from outside, by
// e-mail, and is read before anyone looks at it. The whole file is in memory (at most
// MAX_FILE_BYTES); the zip's entries are counted, and each is inflated only up to what is left
// of the total allowed and only as far as a sane compression ratio goes (a zip bomb stops early);
// an XML part with a DOCTYPE or an ENTITY is refused (entity expansion), and XML is parsed with
// entities off. A password-protected Office file is not a zip but an OLE compound file (as is an
// old .doc or .xls): said as such. Every refusal is one line naming the file and what to do.
import { UserError } from '../../core/errors.js';
import { t } from '../../i18n/index.js';

export const ZIP_LIMITS = {
  /** The file itself. */
  fileBytes: 50 * 1024 * 1024,
  entries: 2000,
  /** All entries, inflated. */
  totalBytes: 200 * 1024 * 1024,
  /** Inflated size over compressed size, for an entry larger than ratioFloor. */
  ratio: 200,
  ratioFloor: 1024 * 1024,
};
export type ZipLimits = typeof ZIP_LIMITS;

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b]);

/** The bytes start as an OLE compound file: a password-protected Office file, or an old .doc/.xls. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && Buffer.from(bytes.subarray(0, 8)).equals(CFB_MAGIC);
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && Buffer.from(bytes.subarray(0, 2)).equals(ZIP_MAGIC);
}

/** The entries of an Office file, by name, inflated; only the names `wanted` keeps are read. */
export async function readZip(bytes: Buffer, file: string, wanted: (name: string) => boolean, limits: ZipLimits = ZIP_LIMITS): Promise<Map<string, Buffer>> {
  if (bytes.length > limits.fileBytes) {
    throw new UserError(t('import.error.tooLarge', { file, size: mb(bytes.length), max: mb(limits.fileBytes) }));
  }
  if (isCompoundFile(bytes)) throw new UserError(t('import.error.protected', { file }));
  if (!looksLikeZip(bytes)) throw new UserError(t('import.error.notZip', { file }));
  const yauzl = await import('yauzl');
  const open = (yauzl.default ?? yauzl).fromBuffer;
  const zip = await new Promise<import('yauzl').ZipFile>((resolve, reject) => {
    open(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, z) => (error || !z ? reject(error ?? new Error('no zip')) : resolve(z)));
  }).catch(() => {
    throw new UserError(t('import.error.notZip', { file }));
  });
  if (zip.entryCount > limits.entries) {
    zip.close();
    throw new UserError(t('import.error.tooManyEntries', { file, count: zip.entryCount, max: limits.entries }));
  }
  const out = new Map<string, Buffer>();
  let total = 0;
  const bomb = () => new UserError(t('import.error.bomb', { file }));
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: import('yauzl').Entry) => {
        const name = entry.fileName;
        if (name.endsWith('/') || !wanted(name)) {
          zip.readEntry();
          return;
        }
        // The sizes the zip claims are checked first; the stream below checks what it inflates.
        if (total + entry.uncompressedSize > limits.totalBytes || tooCompressed(entry.uncompressedSize, entry.compressedSize, limits)) {
          reject(bomb());
          return;
        }
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) {
            reject(error ?? new Error('no stream'));
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (total + size > limits.totalBytes || tooCompressed(size, entry.compressedSize, limits)) {
              stream.destroy(bomb());
              return;
            }
            chunks.push(chunk);
          });
          stream.on('error', reject);
          stream.on('end', () => {
            total += size;
            out.set(name, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(t('import.error.brokenZip', { file, error: error instanceof Error ? error.message : String(error) }));
  } finally {
    zip.close();
  }
  return out;
}

function tooCompressed(size: number, compressed: number, limits: ZipLimits): boolean {
  return size > limits.ratioFloor && size > Math.max(compressed, 1) * limits.ratio;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** An XML node as fast-xml-parser gives it with preserveOrder: one tag name → its children, plus `:@` for attributes. */
export type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/**
 * An XML part parsed in document order, entities off. A DOCTYPE or ENTITY is refused before
 * parsing: Office never writes one, and an entity can expand a small file into gigabytes.
 */
export async function parseXml(data: Buffer, file: string, part: string): Promise<XmlNode[]> {
  const text = data.toString('utf8');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new UserError(t('import.error.entity', { file, part }));
  const { XMLParser } = await import('fast-xml-parser');
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: false,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  try {
    return parser.parse(text) as XmlNode[];
  } catch (error) {
    throw new UserError(t('import.error.badXml', { file, part, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) }));
  }
}

/** The tag name of a node (its one key besides `:@`). */
export function tagOf(node: XmlNode): string | undefined {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return undefined;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag !== undefined ? node[tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attr(node: XmlNode, name: string): string | undefined {
  const value = node[':@']?.[name];
  return value === undefined ? undefined : decode(value);
}

/** The text of a text node (`#text`), or undefined. */
export function textOf(node: XmlNode): string | undefined {
  const value = node['#text'];
  return value === undefined ? undefined : decode(String(value));
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five entities and character references (the parser leaves every entity alone). */
function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The first node with this tag, depth first. */
export function findTag(nodes: readonly XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node;
    const inner = findTag(childrenOf(node), tag);
    if (inner) return inner;
  }
  return undefined;
}
