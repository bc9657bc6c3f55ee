/** Minimal typing of the server build of pdfmake 0.3 (the package ships no types). */
declare module 'pdfmake' {
  type FontFiles = { normal: string; bold: string; italics: string; bolditalics: string };
  type OutputDocument = { getBuffer: () => Promise<Buffer> };
  const pdfmake: {
    setFonts: (fonts: Record<string, FontFiles>) => void;
    setLocalAccessPolicy: (policy: (path: string) => boolean) => void;
    setUrlAccessPolicy: (policy: (url: string) => boolean) => void;
    createPdf: (doc: Record<string, unknown>, options?: Record<string, unknown>) => OutputDocument;
  };
  export default pdfmake;
}
