// Greek end to end through the real binary: every shipped playbook drafts in Greek for a Greek
// customer and agent, men are greeted in the vocative, Greek complaints route to the right
// playbook, and Greek replies are linted with Greek messages.
import { describe, expect, it } from "vitest";
import { shippedCatalog } from "../helpers/catalog.js";
import type { DraftOutcome } from "../../src/draft/outcome.js";
import { expectNoStack, replybook } from "../helpers/cli.js";

const ids = [...new Set((await shippedCatalog()).playbooks.filter((p) => p.locale === "el").map((p) => p.id))].sort();

describe("draft --locale el, for every shipped Greek playbook", () => {
  it.each(ids)("%s: a Greek reply to Μαρία, signed by Νίκος, with no error-level finding", async (id) => {
    const r = await replybook(["draft", "--no-interactive", "--example", "--playbook", id, "--locale", "el", "--customer", "Μαρία Παπαδοπούλου", "--agent", "Νίκος", "--json"]);
    expectNoStack(r.stderr);
    expect(r.stdout, `exit ${r.exitCode}: ${r.stderr}`).not.toBe("");
    const outcome = JSON.parse(r.stdout) as DraftOutcome;
    const errors = outcome.findings.filter((f) => f.severity === "error");
    expect(errors, `${id}: ${errors.map((f) => `${f.ruleId}: ${f.message}`).join("; ")}`).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(outcome).toMatchObject({ playbook: id, locale: "el", customer: { name: "Μαρία Παπαδοπούλου" }, agent: "Νίκος" });
    expect(outcome.reply).toMatch(/(^|[\s,])Μαρία[\s,]/u);
    expect(outcome.reply.trim().split("\n").at(-1)).toBe("— Νίκος");
    expect(outcome.followUp?.trim().split("\n").at(-1)).toBe("— Νίκος");
  });

  it("greets a man in the vocative and signs with initials on X", async () => {
    const r = await replybook(["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--locale", "el", "--customer", "Γιώργος Παπαδόπουλος", "--agent", "Νίκος Παπαδάκης", "--platform", "x", "--json"]);
    expect(r.exitCode, r.stderr).toBe(0);
    const outcome = JSON.parse(r.stdout) as DraftOutcome;
    expect(outcome.reply).toMatch(/^Γιώργο,/u);
    expect(outcome.reply.trim().split("\n").at(-1)).toBe("^ΝΠ");
    expect(outcome.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("prints Greek headings and durations without --json", async () => {
    const r = await replybook(["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--locale", "el", "--customer", "Μαρία Παπαδοπούλου", "--agent", "Νίκος"]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Γεια σας Μαρία,/u);
    expect(r.stdout).toContain("μέσα σε 24 ώρες");
    expect(r.stdout).toContain("--- Ιδιωτική συνέχεια, μόλις σας γράψει (P7) ---");
  });
});

describe("route, in Greek", () => {
  it.each([
    ["το δέμα έφτασε σπασμένο", "parcel-damaged"],
    ["κανείς δεν σηκώνει το τηλέφωνο", "unreachable-support"],
    ["ΤΟ ΔΕΜΑ ΕΦΤΑΣΕ ΣΠΑΣΜΕΝΟ", "parcel-damaged"],
    ["Περιμένω δύο εβδομάδες την παραγγελία μου", "late-delivery"],
    ["Μου στείλατε λάθος νούμερο", "wrong-item"],
    ["Το ταμείο κολλάει και η σελίδα δεν φορτώνει", "site-malfunction"],
    ["Κάποιος χακάρισε τον λογαριασμό μου", "account-access"],
    ["Ο οδηγός σας μου φώναξε και πέταξε το δέμα", "staff-conduct"],
    ["Με χρεώσατε δύο φορές", "payment-problem"],
    // Greeklish: Greek in Latin letters, routed among the Greek playbooks by sound.
    ["to paketo irthe spasmeno", "parcel-damaged"],
    ["kaneis den sikwnei to tilefwno", "unreachable-support"],
    ["me xrewsate dyo fores", "payment-problem"],
  ])("%s -> %s", async (complaint, id) => {
    const r = await replybook(["route", complaint, "--json"]);
    expect(r.exitCode, r.stderr).toBe(0);
    const routed = JSON.parse(r.stdout) as { kind: string; locale: string; matches: Array<{ id: string; locale: string; score: number }> };
    expect(routed).toMatchObject({ kind: "complaint", locale: "el" });
    expect(routed.matches[0]).toMatchObject({ id, locale: "el" });
    // A clear winner, not a tie.
    expect(routed.matches[0]!.score).toBeGreaterThan(routed.matches[1]?.score ?? 0);
  });
});

describe("lint, in Greek", () => {
  it("flags «αύριο» against a 48-hour courier, in Greek, and lets a negated guarantee pass", async () => {
    const bad = await replybook(["lint", "-", "--playbook", "parcel-damaged", "--locale", "el", "--customer", "Μαρία Παπαδοπούλου", "--agent", "Νίκος", "--now", "2026-01-14T10:00:00"], {
      input: "Γεια σας Μαρία, λυπάμαι πολύ. Ο courier θα περάσει να παραλάβει το δέμα αύριο. Στείλτε μου προσωπικό μήνυμα.\n— Νίκος",
      stdin: undefined,
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain('Το "αύριο" είναι νωρίτερα απ\' όσο επιτρέπει το playbook για "Παραλαβή του δέματος από τον courier" (όχι νωρίτερα από 2 μέρες) [no-over-promise]');
    const good = await replybook(["lint", "-", "--playbook", "parcel-damaged", "--customer", "Μαρία Παπαδοπούλου", "--agent", "Νίκος", "--now", "2026-01-14T10:00:00"], {
      input: "Γεια σας Μαρία, λυπάμαι πολύ. Δεν μπορώ να εγγυηθώ την ώρα, αλλά ο courier θα περάσει να παραλάβει το δέμα μέσα σε 2 μέρες. Στείλτε μου προσωπικό μήνυμα.\n— Νίκος",
      stdin: undefined,
    });
    expect(good.stdout + good.stderr).toBe("");
    expect(good.exitCode).toBe(0);
  });
});
