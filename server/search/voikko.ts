/**
 * Finnish morphology from Voikko (libvoikko with the voikko-fi dictionary, both GPL/LGPL system
 * packages: `apt install libvoikko1 voikko-fi`), called through koffi's foreign-function interface
 * so that nothing is compiled. When the library or its dictionary is missing, `openVoikko` answers
 * null and the search analyses Finnish with the Snowball stemmer instead (analysis.ts).
 *
 * C API: https://github.com/voikko/corevoikko/blob/master/libvoikko/src/voikko.h and
 * voikko_defines.h (voikkoInit, voikkoAnalyzeWordCstr, voikko_mor_analysis_value_cstr).
 */
import { createRequire } from 'node:module';

export interface VoikkoAnalysis {
  /** Base form of the whole word (lapsiperheiden → lapsiperhe). */
  baseform: string;
  /** WORDBASES: `+lapsi(lapsi)+perhe(perhe)`; suffixes carry a `+` inside the parentheses. */
  wordbases: string;
  /** STRUCTURE: `=pppp=ppppppp`, each `=` starting a part of a compound. */
  structure: string;
  /** Word class (nimisana, laatusana, teonsana, paikannimi, …). */
  wordClass: string;
}

export interface Voikko {
  analyse(word: string): VoikkoAnalysis[];
}

const keys = ['BASEFORM', 'WORDBASES', 'STRUCTURE', 'CLASS'] as const;

/** Opens Voikko for Finnish, or null when the library or its Finnish dictionary is missing. */
export function openVoikko(): Voikko | null {
  if (process.env.KUDOS_VOIKKO === 'off') return null;
  try {
    const require = createRequire(import.meta.url);
    const koffi = require('koffi') as typeof import('koffi');
    const lib = koffi.load(process.env.KUDOS_VOIKKO_LIBRARY || 'libvoikko.so.1');
    const init = lib.func(
      'void* voikkoInit(_Out_ const char **error, const char *langcode, const char *path)',
    );
    const analyzeWord = lib.func('void** voikkoAnalyzeWordCstr(void* handle, const char* word)');
    const readValue = lib.func(
      'void* voikko_mor_analysis_value_cstr(void* analysis, const char* key)',
    );
    const freeValue = lib.func('void voikko_free_mor_analysis_value_cstr(void* value)');
    const freeAnalyses = lib.func('void voikko_free_mor_analysis(void** analyses)');
    const error: (string | null)[] = [null];
    const handle = init(error, 'fi', null);
    if (!handle) return null;
    const read = (analysis: unknown, key: string): string => {
      const p = readValue(analysis, key);
      if (!p) return '';
      const s = koffi.decode(p, 'char', -1) as string;
      freeValue(p);
      return s;
    };
    return {
      analyse(word: string): VoikkoAnalysis[] {
        const list = analyzeWord(handle, word);
        if (!list) return [];
        const out: VoikkoAnalysis[] = [];
        try {
          for (let i = 0; ; i++) {
            const a = koffi.decode(list, i * koffi.sizeof('void*'), 'void*');
            if (!a) break;
            const [baseform, wordbases, structure, wordClass] = keys.map((k) => read(a, k)) as [
              string,
              string,
              string,
              string,
            ];
            out.push({ baseform, wordbases, structure, wordClass });
          }
        } finally {
          freeAnalyses(list);
        }
        return out;
      },
    };
  } catch {
    return null;
  }
}
