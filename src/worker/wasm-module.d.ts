// Worker edge: a .wasm import is a compiled WebAssembly.Module (wrangler's CompiledWasm rule, the workers test pool).

declare module '*.wasm' {
  const module: WebAssembly.Module;
  export default module;
}
