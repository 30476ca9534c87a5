/** The error a layer raises when its spec does not fit its input (caught and located by `analyze`). */

export class ArchitectureError extends Error {
  constructor(
    message: string,
    /** The field of the layer at fault, e.g. "kernel" or "groups". */
    readonly field: string = 'type',
    /** The index of the layer in `layers`; set by `analyzeArchitecture`. */
    readonly index: number = -1,
  ) {
    super(message);
    this.name = 'ArchitectureError';
  }
}

/** A problem found in a spec, for the schema to report at `layers.<index>.<field>`. */
export interface ArchitectureProblem {
  index: number;
  field: string;
  message: string;
}
