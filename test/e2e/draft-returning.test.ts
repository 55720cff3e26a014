// P15: drafting for a customer seen before shows their earlier cases and suggests the agent
// who handled them; with no case log, nothing is shown and no log is created.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, replybook, tempDir } from "../helpers/cli.js";
import { describeEachStore, freshDatabaseUrl } from "../helpers/pg.js";

describeEachStore("draft for a returning customer", (kind) => {
  it("names the earlier case and suggests the same agent, in the playbook's language", async () => {
    const env = cleanEnv();
    if (kind === "postgres") env.REPLYBOOK_DATABASE_URL = await freshDatabaseUrl();
    const first = await replybook(["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--handle", "@laurab", "--agent", "Dario", "--record"], { env });
    expect(first.exitCode).toBe(0);
    expect(first.stderr).not.toMatch(/Returning customer/);
    const second = await replybook(["draft", "--no-interactive", "--example", "--playbook", "late-delivery", "--locale", "it", "--customer", "Laura Bianchi", "--handle", "@laurab", "--agent", "Marta"], { env });
    expect(second.exitCode).toBe(0);
    expect(second.stderr).toMatch(/Cliente già noto: 1 caso precedente \(l'ultimo #1 parcel-damaged, \d{4}-\d{2}-\d{2}, aperto\)\. Seguiti da Dario \(1\)\. Agente suggerito: Dario/);
    const english = await replybook(["draft", "--no-interactive", "--example", "--playbook", "wrong-item", "--handle", "laurab", "--agent", "Marta"], { env });
    expect(english.stderr).toMatch(/Returning customer: 1 earlier case \(latest #1 parcel-damaged, .*\)\. Handled by Dario \(1\)\. Suggested agent: Dario/);
  });

  it("files a customer named on the command line as that customer, not as the example's", async () => {
    const env = cleanEnv();
    if (kind === "postgres") env.REPLYBOOK_DATABASE_URL = await freshDatabaseUrl();
    const draft = (customer: string[]) => replybook(["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", ...customer, "--agent", "Dario", "--record", "--json"], { env });
    const marco = await draft(["--customer", "Marco Neri"]);
    expect(marco.exitCode).toBe(0);
    const outcome = JSON.parse(marco.stdout) as { customer: Record<string, string>; reply: string };
    expect(outcome.customer).toEqual({ name: "Marco Neri" });
    expect(outcome.reply).not.toMatch(/laurab|Laura/);
    const anna = await replybook(["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--customer", "Anna Verdi", "--agent", "Marta", "--record"], { env });
    expect(anna.exitCode).toBe(0);
    expect(anna.stderr).not.toMatch(/Returning customer/);
    const cases = JSON.parse((await replybook(["cases", "--json"], { env })).stdout) as Array<{ customer: Record<string, string> }>;
    expect(cases.map((c) => c.customer)).toEqual([{ name: "Anna Verdi" }, { name: "Marco Neri" }]);
    // The example's own customer is still the example's when nobody else is named.
    const laura = await draft([]);
    expect((JSON.parse(laura.stdout) as { customer: Record<string, string> }).customer).toEqual({ name: "Laura Bianchi", handle: "@laurab" });
  });
});

describe("draft for a customer, with the SQLite case log", () => {
  it("does not create a case log just to look a customer up", async () => {
    const home = tempDir("replybook-home-");
    const env = cleanEnv(home);
    const r = await replybook(["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--handle", "@laurab", "--agent", "Dario"], { env });
    expect(r.exitCode).toBe(0);
    expect(existsSync(join(env.REPLYBOOK_DATA_DIR!, "cases.db"))).toBe(false);
  });
});
