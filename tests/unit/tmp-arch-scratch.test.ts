import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { architectureSchema } from '../../src/schemas/architecture';
import { countParameters, countMultAdds, summarizeArchitecture } from '../../src/lib/architecture';
it('x', () => {
  for (const f of readdirSync('/tmp/arch').filter((f) => f.endsWith('.yaml'))) {
    const doc = parse(readFileSync('/tmp/arch/' + f, 'utf8'));
    const specs = doc.architecture ? { [f]: doc.architecture } : Object.fromEntries(Object.entries(doc).map(([k, v]: any) => [k, v.architecture]));
    for (const [k, raw] of Object.entries(specs)) {
      const r = architectureSchema.safeParse(raw);
      if (!r.success) { console.log(k, JSON.stringify(r.error.issues)); continue; }
      const c = countParameters(r.data); const m = countMultAdds(r.data);
      console.log(k, c.total, (m.total / 1e6).toFixed(1) + 'M', JSON.stringify(summarizeArchitecture(r.data)));
    }
  }
});
