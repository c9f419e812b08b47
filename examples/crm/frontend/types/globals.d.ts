// Stand-ins for what `next` and `@types/react` would declare, so that the fixture type-checks
// without installing them (the fixture keeps its dependencies small on purpose).
declare namespace JSX {
  type Element = { readonly type: unknown };
  interface IntrinsicElements {
    [name: string]: Record<string, unknown>;
  }
}

declare const process: { env: Record<string, string | undefined> };
