import * as z from 'zod/mini';
import type { Problem } from './problems';
import type { YamlFile } from './yaml-doc';

// zod/mini ships without messages: the generator reports zod's English ones.
z.config(z.locales.en());

/** Turns zod issues into located problems: unknown fields point at their key, others at the value. */
export function reportSchemaIssues(file: YamlFile, issues: z.core.$ZodIssue[]): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const p = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    const where = p.length ? `${p.join('.')}: ` : '';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push(file.problem(p, `${where}unknown field "${key}"`, 'error', key));
      }
    } else {
      out.push(file.problem(p, `${where}${issue.message}`));
    }
  }
  return out;
}
