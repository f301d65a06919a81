// Imported first by main.tsx: zod decides when each schema is defined whether it may compile
// parsers with `new Function`, which the Content-Security-Policy forbids. Jitless mode never tries.
// zod/mini ships without messages; the English ones name what a broken graph.json got wrong.
import * as z from 'zod/mini';

z.config({ jitless: true });
z.config(z.locales.en());
