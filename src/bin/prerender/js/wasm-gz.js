// The app's WebAssembly comes pre-compressed: the build writes `<name>.wasm.gz` with Zopfli
// (src/bin/prerender/precompress.rs) and the browser inflates it. Browsers without
// DecompressionStream, and a missing .gz, get the plain file.
const wasmResponse = async (url) => {
  const res = typeof DecompressionStream == 'function' && (await fetch(url + '.gz'));
  if (!res || !res.ok) return fetch(url);
  // A host that labels .gz files `Content-Encoding: gzip` has had the browser inflate it already.
  const bytes = new Uint8Array(await res.arrayBuffer());
  const gz = bytes[0] == 31 && bytes[1] == 139;
  return new Response(gz ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')) : bytes,
    { headers: { 'content-type': 'application/wasm' } });
};
