// The documented JSON export of a whole guideline (see README, "pedoman export").
import type { Guideline, Item, Manifest } from '../model/types.js';

export const EXPORT_FORMAT = 'pedoman-export';
export const EXPORT_VERSION = 1;

export interface ExportedSection {
  id: string;
  kind: string;
  title: string;
  status?: string;
  intro?: string;
  open_questions?: string[];
  /** Listed under the manifest's `annexes` (a LAMPIRAN), not `sections`. */
  annex?: boolean;
  /** Path of the section file, relative to the guideline root. */
  file: string;
  items: Item[];
}

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  manifest: Omit<Manifest, 'rules'> & { rules?: Manifest['rules'] };
  sections: ExportedSection[];
}

export function exportDocument(guideline: Guideline): ExportDocument {
  const manifest = guideline.manifest ?? (guideline.manifestFile.data as Manifest);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    manifest,
    sections: guideline.sections.map((section) => {
      // What the file holds, in its order: not the model's own bookkeeping (file, fileIndex).
      const { file, items, fileIndex, ...head } = section;
      void fileIndex;
      const out: ExportedSection = { ...head, file: file.rel, items };
      return out;
    }),
  };
}
