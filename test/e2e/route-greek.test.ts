// Greek routing through the real binary, with the learnt part compiled by `npm run build`
// (dist/compiled/route-el-learnt.json): `route --locale el`, `route --jsonl` and `draft` from a
// pasted Greek complaint. Our own wording, none of it one of the playbooks' examples.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DraftOutcome } from "../../src/draft/outcome.js";
import { expectNoStack, replybook, ROOT } from "../helpers/cli.js";

describe("the compiled Greek learnt part", () => {
  it("is saved by the build with a classifier over every Greek playbook", () => {
    const file = join(ROOT, "dist", "compiled", "route-el-learnt.json");
    expect(existsSync(file)).toBe(true);
    const saved = JSON.parse(readFileSync(file, "utf8")) as { route: { labelCount: number; rows: unknown[] }; kind: { labelCount: number } };
    expect(saved.route.labelCount).toBe(16);
    expect(saved.kind.labelCount).toBe(4);
    expect(saved.route.rows.length).toBeGreaterThan(500);
  });
});

describe("route --locale el", () => {
  it("routes a complaint only the examples know to its playbook, naming the words", async () => {
    const r = await replybook(["route", "--locale", "el", "--json", "Η συνοδός του τρένου μίλησε πολύ άσχημα στον πατέρα μου"]);
    expectNoStack(r.stderr);
    expect(r.exitCode, r.stderr).toBe(0);
    const routed = JSON.parse(r.stdout) as { kind: string; locale: string; matches: Array<{ id: string; matched: string[] }> };
    expect(routed).toMatchObject({ kind: "complaint", locale: "el" });
    expect(routed.matches.map((m) => m.id)).toEqual(["staff-conduct", "general"]);
    expect(routed.matches[0]!.matched.length).toBeGreaterThan(0);
  });

  it("prints the playbook and the matched words", async () => {
    const r = await replybook(["route", "--locale", "el", "μου ηρθε το μπουφαν με σκισμενη τσεπη και η κουτα ηταν πατημενη"]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^1\. parcel-damaged \(el\) score [\d.]+: /u);
    expect(r.stdout).toContain("matched:");
  });
});

describe("route --jsonl, in Greek", () => {
  it("writes kind and matches per line, in order, praise with none", async () => {
    const lines = [
      { id: "1", text: "θελω να μου γυρισετε τα χρηματα, το προιον δεν μου κανει" },
      { id: "2", text: "ευχαριστω πολυ, ολα τελεια" },
      { id: "3", text: "δεν εχω ιντερνετ απο χθες το απογευμα στο Χαλανδρι" },
      { id: "4", text: "κερδίστε δωρεάν ταξίδι, λάβετε μέρος στον διαγωνισμό" },
    ];
    const r = await replybook(["route", "--jsonl", "-"], { input: lines.map((l) => JSON.stringify(l)).join("\n") + "\n", stdin: undefined });
    expect(r.exitCode, r.stderr).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; kind: string; matches: Array<{ id: string; locale: string }> });
    expect(out.map((o) => [o.id, o.kind, o.matches[0]?.id ?? null])).toEqual([
      ["1", "complaint", "refund-request"],
      ["2", "praise", null],
      ["3", "complaint", "service-outage"],
      ["4", "spam", "abusive-or-spam"],
    ]);
    for (const o of out) for (const m of o.matches) expect(m.locale).toBe("el");
  });
});

describe("draft from a pasted Greek complaint", () => {
  const draft = (complaint: string) =>
    replybook(["draft", "--no-interactive", "--example", "--complaint-file", "-", "--customer", "Μαρία Παπαδοπούλου", "--agent", "Νίκος", "--json"], { input: `${complaint}\n`, stdin: undefined });

  it.each([
    ["η τηλεοραση ηρθε με σπασμενη οθονη, το κουτι ηταν σκισμενο απο τη μια μερια", "parcel-damaged"],
    ["ακυρωσα την κρατηση πριν 20 μερες και δεν μου εχουν επιστραφει τα λεφτα", "refund-request"],
  ])("%s -> a Greek reply from %s", async (complaint, playbook) => {
    const r = await draft(complaint);
    expectNoStack(r.stderr);
    expect(r.exitCode, r.stderr).toBe(0);
    const outcome = JSON.parse(r.stdout) as DraftOutcome;
    expect(outcome).toMatchObject({ playbook, locale: "el" });
    expect(outcome.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("says so when the pasted post is praise", async () => {
    const r = await draft("ευχαριστω πολυ για την γρηγορη παραδοση, ολα τελεια");
    expect(r.stderr).toMatch(/praise/);
    expect(r.exitCode).toBe(2);
  });
});
