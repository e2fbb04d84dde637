/*! Glassbox as an ES module — MIT OR Apache-2.0.
 * Loads the classic glassbox.js once, on first use, and hands it the URL of every file it needs,
 * found through import.meta.url: next to this module, or wherever a bundler put them (Vite emits
 * each `new URL("./…", import.meta.url)` as an asset; with esbuild, copy the package's assets next
 * to your bundle). Every function returns a promise and never throws. No runtime dependencies. */

// Filled in by `make package`: the package's files and glassbox.js's own sha384.
const assets = () => ({
  /* ASSETS */
});
const GLASSBOX_JS_INTEGRITY = "/* GLASSBOX_JS_INTEGRITY */";

/** Version of this package (the same as glassbox.js's `Glassbox.version`). */
export const version = "/* VERSION */";

let loading = null;

function attribute(key) {
  return "data-" + key.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}

function load(defaults) {
  if (loading) return loading;
  if (typeof window === "undefined" || typeof document === "undefined") return Promise.resolve(false);
  if (window.Glassbox) {
    loading = Promise.resolve(window.Glassbox.ready);
    return loading;
  }
  loading = new Promise((resolve) => {
    const urls = assets();
    const tag = document.createElement("script");
    tag._glassboxAssets = urls;
    tag.src = urls["glassbox.js"];
    // Checked against their sha384 in production builds; a dev server (Vite's) serves the two
    // scripts transformed, so there they are not (the wasm and language files still are).
    if (import.meta.env && import.meta.env.DEV) {
      tag._glassboxDevServer = true;
    } else {
      tag.integrity = GLASSBOX_JS_INTEGRITY;
      tag.crossOrigin = "anonymous";
    }
    for (const [key, value] of Object.entries(defaults || {})) {
      if (value !== undefined && value !== null) tag.setAttribute(attribute(key), String(value));
    }
    tag.onload = () => resolve(window.Glassbox ? window.Glassbox.ready : false);
    tag.onerror = () => {
      console.error("Glassbox: could not load " + tag.src + " (or it does not match the sha384 this module expects)");
      resolve(false);
    };
    (document.head || document.documentElement).appendChild(tag);
  });
  return loading;
}

function call(name, args) {
  return load().then((started) => (started ? window.Glassbox[name](...args) : false));
}

/** Loads Glassbox (once) with page-wide defaults, the script tag's `data-*` attributes in camelCase
 * (`{ controller, privacyPolicy, endpoint, lang }`); resolves to true once started, false if it
 * could not start. Defaults given after the first call are ignored. */
export function ready(defaults) {
  return load(defaults);
}
/** Registers <glassbox-notice>, <glassbox-explanation>, <glassbox-rights> and
 * <glassbox-ai-content> (glassbox.js does as it loads); resolves to true once they are defined. */
export function defineElements(defaults) {
  return load(defaults).then((started) => started && !!customElements.get("glassbox-notice"));
}
/** Mounts a widget on an element, or updates a mounted one in place with new options (its state stays). */
export function mount(el, options) {
  return call("mount", [el, options]);
}
/** Removes the widget from an element; resolves to true if one was there. */
export function unmount(el) {
  return call("unmount", [el]);
}
/** Shows a glassbox.explanation/v1 object on an element; updates it in place when called again. */
export function explain(el, explanation) {
  return call("explain", [el, explanation]);
}
/** Opens the data-subject request form as a dialog. */
export function openRequest(kind, prefill) {
  return call("openRequest", [kind, prefill]);
}
/** Replaces messages on the whole page, also in widgets already shown. */
export function strings(replacements) {
  return call("strings", [replacements]);
}
