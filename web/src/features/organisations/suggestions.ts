import type { Suggestions } from '../../../../common/schemas/organisations.js';

export type Suggestion = Suggestions['items'][number];
export type SuggestionKind = Suggestion['kind'];

/** Fewer characters than this match too much to be worth suggesting from. */
export const minSuggestionLength = 2;
/** The longest text the suggestions endpoint accepts (`suggestionsQuerySchema`). */
export const maxSuggestionLength = 100;
/** Typing pauses this long before suggestions are asked for. */
export const suggestionDelayMs = 150;

/** The text to ask suggestions for, or null when it is too short to suggest from. */
export function suggestionQueryText(text: string): string | null {
  const q = text.replace(/\s+/g, ' ').trim().slice(0, maxSuggestionLength).trim();
  return [...q].length >= minSuggestionLength ? q : null;
}

export interface SuggestionGroup {
  kind: SuggestionKind;
  /** Each suggestion with its place in `ordered`, which is what the keyboard moves through. */
  entries: { suggestion: Suggestion; index: number }[];
}

const kindOrder: SuggestionKind[] = ['organisation', 'term'];

/**
 * Suggestions in the order they are shown: organisations first, then search terms, each group in
 * the server's order. The arrow keys move through `ordered`, so it must match what is on screen.
 */
export function groupSuggestions(items: readonly Suggestion[]): {
  ordered: Suggestion[];
  groups: SuggestionGroup[];
} {
  const ordered: Suggestion[] = [];
  const groups: SuggestionGroup[] = [];
  for (const kind of kindOrder) {
    const ofKind = items.filter((s) => s.kind === kind);
    if (ofKind.length === 0) continue;
    groups.push({
      kind,
      entries: ofKind.map((suggestion) => ({ suggestion, index: ordered.push(suggestion) - 1 })),
    });
  }
  return { ordered, groups };
}

/** A key that stays the same for the same suggestion between answers. */
export function suggestionKey(s: Suggestion): string {
  return s.kind === 'organisation' ? `organisation:${s.id}` : `term:${s.lang}:${s.label}`;
}
