// A Rust panic in the release build aborts the WebAssembly at once (no panic hook runs, see
// scripts/size-toolchain.sh): the browser sees a trap, a WebAssembly.RuntimeError, thrown out of
// whatever event or start-up call was running. The app is dead from then on, so show the page's
// crash panel with its reload link instead of leaving a screen that no longer answers.
const crashed = (error) => {
  if (error instanceof WebAssembly.RuntimeError) {
    document.getElementById('crash')?.removeAttribute('hidden');
  }
};
addEventListener('error', (e) => crashed(e.error));
addEventListener('unhandledrejection', (e) => crashed(e.reason));
