  /* ---- integrity and asset locations (loader/integrity.js) ---- */
  // The sha384 of every file this script loads, filled in by scripts/build-dist.sh once they are
  // built: a file changed on a CDN (or anywhere between it and the page) is refused.
  var INTEGRITY = {};
  // Where each file is: next to this script, unless the ES module entry (glassbox.mjs) says
  // where a bundler put it (`script._glassboxAssets`, file name → URL).
  var assetUrls = (script && script._glassboxAssets) || {};
  function asset(name) {
    return assetUrls[name] || new URL(name, base).href;
  }
  function refused(name, url, error) {
    // Tell a modified file from an unreachable one: only the first is fetched again, unchecked,
    // to say which (its bytes are never used).
    return fetch(url, { credentials: "same-origin" }).then(
      function (response) {
        if (!response.ok) throw error;
        var message = "Glassbox: refused " + url + ": its content does not match the sha384 that glassbox.js expects for " +
          name + " (" + INTEGRITY[name] + "); was the file changed after the build?";
        console.error(message);
        throw new Error(message);
      },
      function () { throw error; }
    );
  }
  /** Fetches one of the build's files, checked against its built-in hash. */
  function fetchChecked(name, options) {
    var url = asset(name);
    var init = { credentials: "same-origin" };
    for (var key in options || {}) init[key] = options[key];
    if (INTEGRITY[name]) init.integrity = INTEGRITY[name];
    else if (Object.keys(INTEGRITY).length) {
      // A build with hashes has one for every file it loads: a file without one is not its own.
      var unknown = new Error("Glassbox: refused " + url + ": glassbox.js has no hash for " + name);
      console.error(unknown.message);
      return Promise.reject(unknown);
    }
    return fetch(url, init).catch(function (error) {
      return INTEGRITY[name] ? refused(name, url, error) : Promise.reject(error);
    });
  }
  // The notice module is requested at once, before the rest of this script is evaluated: on a
  // slow CPU that evaluation takes tens of milliseconds, during which the wasm is on its way.
  // Its bytes are handed over whole: the integrity check has read them all already, and reading
  // them again as a stream for instantiateStreaming cost 6–7 % of the time to the notice under
  // 4× CPU (make bench), for nothing.
  var noticeWasm = fetchChecked("glassbox_bg.wasm").then(function (response) {
    if (!response.ok) throw new Error(response.url + ": HTTP " + response.status);
    return response.arrayBuffer();
  });
  noticeWasm.catch(function () { /* reported where it is used (Glassbox.ready) */ });
  /* ---- end of loader/integrity.js ---- */
