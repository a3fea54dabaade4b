// Marks the page `html.kbd` while a keyboard is in use and clears it on a touch or click, so key
// badges and keyboard hints show only to people who can use them (`trunk serve` builds, which
// have no boot script, do the same in src/lib.rs).
const inputKind = (kbd) => () => document.documentElement.classList.toggle('kbd', kbd);
addEventListener('keydown', inputKind(true));
addEventListener('pointerdown', inputKind(false));
