import file from './reference/glossary.json' with { type: 'json' };
import { type Glossary, glossarySchema } from './schemas/glossary.js';

/**
 * Curated fi/sv/en glossary of social-economy terms (common/reference/glossary.json): each concept
 * with its terms in Finnish, Swedish and English (preferred term first), the sources they come
 * from and, for the core concepts, a one-sentence explanation per language. Used to expand
 * directory searches across the languages and, later, to explain terms in the UI.
 */
export const glossary: Glossary = glossarySchema.parse(file);
