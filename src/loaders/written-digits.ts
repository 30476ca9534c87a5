/**
 * Wraps a YAML collection's loader so that each metric keeps the fraction digits its value
 * was written with (src/lib/written-digits.ts). The digits are added after the schema has
 * validated the entry: they are the build's reading of the file, not a field a contributor
 * writes, and the strict schema still rejects one written by hand.
 */
import { readFile } from 'node:fs/promises';
import type { Loader, LoaderContext } from 'astro/loaders';
import { withWrittenDigits } from '../lib/written-digits';

export function keepingWrittenDigits(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        // Typed as the context's generic parseData, which returns whatever the schema made.
        parseData: (async (props: Parameters<LoaderContext['parseData']>[0]) => {
          const data = await context.parseData(props);
          if (!props.filePath || !Array.isArray(data.metrics)) return data;
          return { ...data, metrics: withWrittenDigits(data.metrics, await readFile(props.filePath, 'utf8')) };
        }) as LoaderContext['parseData'],
      }),
  };
}
