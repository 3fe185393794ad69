import { z } from 'zod';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Turns a field's own reading of typed text ("1.2M", "27,5 %") into a schema, so the goals fields
 * validate through the shared useValidatedField like every other input.
 */
export function schemaFromParse<T>(parse: (raw: string) => Parsed<T>) {
  return z.string().transform((raw, ctx): T => {
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  });
}
