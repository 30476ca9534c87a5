// Every YAML entry in content/ parses against its collection's schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { modelSchema } from '../../src/schemas/model';
import { branchSchema } from '../../src/schemas/branch';
import { datasetSchema } from '../../src/schemas/dataset';
import { authorSchema } from '../../src/schemas/author';
import { competitionSchema } from '../../src/schemas/competition';

const collections = {
  models: modelSchema,
  branches: branchSchema,
  datasets: datasetSchema,
  authors: authorSchema,
  competitions: competitionSchema,
};

for (const [dir, schema] of Object.entries(collections)) {
  describe(`content/${dir}`, () => {
    let files: string[] = [];
    try {
      files = readdirSync(join('content', dir)).filter((f) => f.endsWith('.yaml'));
    } catch {}
    for (const file of files) {
      it(file, () => {
        const result = schema.safeParse(parse(readFileSync(join('content', dir, file), 'utf8')));
        const problems = result.success
          ? []
          : result.error.issues.map((i) => `content/${dir}/${file}: ${i.path.join('.')}: ${i.message}`);
        expect(problems).toEqual([]);
      });
    }
  });
}
