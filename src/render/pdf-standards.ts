// The standards Typst can check a PDF against, as `render --pdf-standard` names them: PDF/A-2b
// for the archive and PDF/UA-1 for accessibility. Apart from the PDF renderer so that checking
// the option does not load it.
export const PDF_STANDARDS = ['a-2b', 'ua-1'] as const;
export type PdfStandard = (typeof PDF_STANDARDS)[number];
