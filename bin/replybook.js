#!/usr/bin/env node
"use strict";
// CommonJS (see bin/package.json): Node starts a script faster than an ES module. The CLI itself
// is the bundle dist/bundle/replybook.cjs, run through V8's code cache (src/cli/launch.cts).
require("../dist/cli/launch.cjs").launch(process.argv.slice(2));
