// The two internals of word-extractor that extract-doc.ts builds on (the package ships no types).
declare module 'word-extractor/lib/word-ole-extractor.js' {
  interface WordPiece {
    text: string;
  }
  interface WordOleDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
    getFootnotes(options?: { filterUnicode?: boolean }): string;
    getEndnotes(options?: { filterUnicode?: boolean }): string;
  }
  class WordOleExtractor {
    protected _pieces: WordPiece[];
    extract(reader: unknown): Promise<WordOleDocument>;
    documentStream(document: { stream(name: string): unknown }, streamName: string): Promise<unknown>;
    extractWordDocument(document: unknown, buffer: Buffer): Promise<WordOleDocument>;
    buildDocument(): WordOleDocument;
  }
  export = WordOleExtractor;
}
declare module 'word-extractor/lib/buffer-reader.js' {
  class BufferReader {
    constructor(buffer: Buffer);
    open(): Promise<unknown>;
    close(): Promise<unknown>;
  }
  export = BufferReader;
}
