/**
 * PostgreSQL's failures in words a person can act on, naming the server (without its
 * password): one line and exit 2, never a stack trace. A lost connection is the one failure
 * that needs care: before COMMIT the server rolls the transaction back, so nothing was
 * written; during COMMIT nobody can know, and the message says so.
 */
import { InputError } from "../core/errors.js";

/** Node's TLS verification failures: the certificate chain or the host name did not check out. */
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(VERIFY|GET)_|CERT_|ERR_OSSL)/;

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "ENOENT"]);

export type WritePhase = "read" | "write" | "commit";

export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  const message = String((error as Error)?.message ?? "");
  if (typeof code === "string" && (CONNECTION_CODES.has(code) || code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03")) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable/i.test(message);
}

export function pgInputError(error: unknown, location: string, phase: WritePhase = "read"): unknown {
  if (error instanceof InputError) return error;
  const code = (error as { code?: unknown }).code;
  const reason = String((error as Error)?.message ?? error).replace(/\s+/g, " ").trim();
  // TLS before connection errors: a refused certificate also ends the connection.
  if (/does not support SSL/i.test(reason))
    return new InputError(`the server does not accept TLS connections (${reason}): it needs ssl on, or the URL sslmode=disable on a network you trust`, { file: location });
  if (typeof code === "string" && TLS_CODES.test(code))
    return new InputError(`the server's TLS certificate was refused (${reason}): give its CA with sslrootcert=<file> in the URL, or check the host name (sslmode=verify-full)`, { file: location });
  if (code === "ENOENT" && (error as { syscall?: unknown }).syscall === "open")
    return new InputError(`cannot read a file the URL names (${reason}): check sslrootcert, sslcert and sslkey`, { file: location });
  if (isConnectionError(error)) {
    const outcome =
      phase === "commit"
        ? "the connection was lost while saving: the change may or may not have been saved, check with replybook cases"
        : phase === "write"
          ? "nothing was saved"
          : "nothing was changed";
    return new InputError(`cannot reach the case log server (${reason}): ${outcome}`, { file: location });
  }
  if (typeof code !== "string") return error;
  if (code === "28P01" || code === "28000") return new InputError(`the server refused the login (${reason}): check the user and the password (PGPASSWORD or ~/.pgpass)`, { file: location });
  if (code === "42P01") return new InputError(`${reason}: the case log's schema is missing or incomplete, run replybook db migrate (as a role that may create tables)`, { file: location });
  if (code === "3D000") return new InputError(`${reason}: create it, or fix the database name in the URL`, { file: location });
  if (code === "42501") return new InputError(`permission denied (${reason}): the role needs the rights listed in the README ("A team's shared case log")`, { file: location });
  if (code === "40001" || code === "40P01" || code === "55P03") return new InputError(`the case log is busy (${reason}): try again in a moment`, { file: location });
  if (code.startsWith("53")) return new InputError(`the server is out of resources (${reason})`, { file: location });
  if (code === "57014") return new InputError(`the server cancelled the query (${reason})`, { file: location });
  if (code === "22021" || code === "22P05") return new InputError(`the text cannot be stored on PostgreSQL (${reason})`, { file: location });
  return error;
}
