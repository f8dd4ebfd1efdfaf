// myanmar-tools ships CommonJS without types; `export =` mirrors its `module.exports` object.
declare module "myanmar-tools" {
  interface ZawgyiDetector {
    /** P(Zawgyi | Zawgyi or Unicode) in [0, 1]; -Infinity when the text has no Myanmar code point. */
    getZawgyiProbability(input: string): number;
  }
  interface ZawgyiConverter {
    zawgyiToUnicode(input: string): string;
    unicodeToZawgyi(input: string): string;
    normalizeZawgyi(input: string): string;
  }
  const myanmarTools: {
    readonly ZawgyiDetector: new () => ZawgyiDetector;
    readonly ZawgyiConverter: new () => ZawgyiConverter;
  };
  export = myanmarTools;
}
