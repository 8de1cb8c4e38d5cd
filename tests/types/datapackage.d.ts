// The part of the Frictionless Data JavaScript library (`datapackage` on npm, which ships no
// types) that tests/build/datapackage.test.ts uses.
declare module "datapackage" {
  /** A resource of a loaded package. */
  export interface Resource {
    readonly name: string;
    readonly tabular: boolean;
    /** Reads the rows, cast to the schema's types; throws when they do not match it. */
    read(options?: { keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
  }
  /** A loaded data package. */
  export class Package {
    static load(
      descriptor: string,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}
