// Imported first by main.tsx: zod decides when each schema is defined whether it may compile
// parsers with `new Function`, which the Content-Security-Policy forbids. Jitless mode never tries.
import { z } from 'zod';

z.config({ jitless: true });
