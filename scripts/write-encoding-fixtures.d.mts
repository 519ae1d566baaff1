// Types of write-encoding-fixtures.mjs, for the tests that check the fixtures it wrote.
export declare function encodeGb18030(text: string): Uint8Array;
export declare function encodeUtf16le(text: string, bom: boolean): Uint8Array;
export declare function encodeUtf16be(text: string, bom: boolean): Uint8Array;
export declare function encodingFixtures(): Record<string, Uint8Array>;
