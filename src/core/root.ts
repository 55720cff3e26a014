/**
 * The package's root folder (where package.json, playbooks/, templates/ and schema/ sit), as a
 * file: URL ending in "/". Every path into the package is made from this one constant.
 *
 * This module sits two folders below the root in every form the code runs in: src/core/ (tests)
 * and dist/core/ (tsc). Keep it so: a move to another depth would need this "../../" changed.
 */
export const PACKAGE_ROOT = new URL("../../", import.meta.url);
