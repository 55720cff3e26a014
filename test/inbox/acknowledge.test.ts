// The out-of-hours acknowledgement in the complaint's language: who will answer and when the
// team is back, nothing else promised, signed by the person who will answer (English, Italian
// and Greek; Greek days with their article, Greek men greeted in the vocative).
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { createLinter } from "../../src/api/linter.js";
import { acknowledgementFor } from "../../src/inbox/acknowledge.js";
import type { InboxItem } from "../../src/store/types.js";
import { resolveTeam } from "../../src/team/agents.js";

const team = (() => {
  const r = resolveTeam({
    agents: [{ name: "Νίκος Παπαδάκης", initials: "ΝΠ", signature: "name", languages: ["el", "en"], hours: "mon-fri 09:00-17:00", timezone: "Europe/Athens" }],
  });
  if (!r.ok) throw new Error(String(r.errors[0]));
  return r.value;
})();

// Saturday 12 December 2026, 11:00 in Athens: the team is back on Monday at 09:00.
const SATURDAY = new Date("2026-12-12T09:00:00Z");
const item = (over: Partial<InboxItem>): InboxItem => ({ id: 1, status: "waiting", text: "", customer: { name: "Μαρία Παπαδοπούλου" }, importedAt: SATURDAY.toISOString(), routeWords: [], due: SATURDAY.toISOString(), rankMs: 0, vip: false, ...over }) as InboxItem;

describe("acknowledgementFor, in Greek", () => {
  it("writes a formal Greek acknowledgement for a Greek complaint, signed by who will answer", () => {
    const ack = acknowledgementFor(item({ locale: "el", playbook: "parcel-damaged", text: "Το δέμα έφτασε σπασμένο." }), { team, now: SATURDAY })!;
    expect(ack.locale).toBe("el");
    expect(ack.answerer).toBe("Νίκος Παπαδάκης");
    expect(ack.text).toBe(
      "Γεια σας Μαρία, λάβαμε το μήνυμά σας. Η ομάδα μας επιστρέφει τη Δευτέρα 14 Δεκεμβρίου στις 09:00 (Europe/Athens): ονομάζομαι Νίκος και θα αναλάβω τότε προσωπικά την υπόθεσή σας, απαντώντας σας εδώ. — Νίκος",
    );
    // Nothing promised beyond the answer: no fix, no refund, no time frame of the playbook's.
    expect(ack.text).not.toMatch(/επιστροφ|αποζημί|αύριο|εντός/u);
  });

  it("greets a Greek man in the vocative and gives the day its article", () => {
    const mondayEvening = new Date("2026-12-14T16:00:00Z"); // Monday 18:00 in Athens: back on Tuesday
    const ack = acknowledgementFor(item({ locale: "el", customer: { name: "Γιώργος Αντωνίου" } }), { team, now: mondayEvening })!;
    expect(ack.text).toMatch(/^Γεια σας Γιώργο, λάβαμε το μήνυμά σας\./u);
    expect(ack.text).toContain("επιστρέφει την Τρίτη 15 Δεκεμβρίου στις 09:00");
  });

  it("stays in English for an English complaint, and without a name says no name", () => {
    const en = acknowledgementFor(item({ locale: "en", customer: { handle: "@laurab" } }), { team, now: SATURDAY })!;
    expect(en.text).toMatch(/^Hi @laurab, your message has reached us\. Our team is away until Monday 14 December at 09:00 \(Europe\/Athens\)/);
    const anonymous = acknowledgementFor(item({ locale: "el", customer: {} }), { team, now: SATURDAY })!;
    expect(anonymous.text).toMatch(/^Λάβαμε το μήνυμά σας\. Η ομάδα μας επιστρέφει/u);
  });
});

describe("acknowledgementFor, with the playbook's own word for the wait", () => {
  const anna = (() => {
    const r = resolveTeam({ agents: [{ name: "Anna Pace", initials: "AP", signature: "initials", hours: "mon-fri 09:00-18:00", timezone: "Europe/Rome" }] });
    if (!r.ok) throw new Error(String(r.errors[0]));
    return r.value;
  })();

  it("adds it before the signature, and every shipped one passes lint with no error (no promise the procedure does not allow)", async () => {
    const linter = await createLinter({ cwd: tmpdir(), stopDir: tmpdir() });
    const playbooks = linter.catalog.playbooks.filter((p) => p.acknowledgement);
    // Every locale that has a playbook has at least the parcel and payment ones.
    for (const locale of ["en", "it", "el"]) expect(playbooks.filter((p) => p.locale === locale).map((p) => p.id)).toEqual(expect.arrayContaining(["parcel-damaged", "payment-problem", "account-access"]));
    for (const pb of playbooks) {
      const customer = pb.locale === "el" ? { name: "Μαρία Παπαδοπούλου" } : { name: "Laura Bianchi" };
      for (const platform of ["facebook", "x"]) {
        const ack = acknowledgementFor(item({ locale: pb.locale, playbook: pb.id, customer, platform }), { team: anna, now: SATURDAY, playbooks: linter.catalog.playbooks })!;
        // On X the sentence goes when the whole would not fit one post.
        if (platform === "facebook") expect(ack.text, `${pb.locale}/${pb.id}`).toContain(`${pb.acknowledgement} ^AP`);
        const result = linter.lint(ack.text, { playbook: pb, customer, agent: "Anna Pace", agentInitials: "AP", channel: platform, locale: pb.locale });
        expect(result.findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId}: ${f.message}`), `${platform} ${pb.locale}/${pb.id}: ${ack.text}`).toEqual([]);
      }
    }
  });

  it("keeps to the general words when the playbook has none, or the complaint none", () => {
    const plain = acknowledgementFor(item({ locale: "it", playbook: "general", customer: { name: "Paolo Marchi" } }), { team: anna, now: SATURDAY, playbooks: [] })!;
    expect(plain.text).toBe("Gentile Paolo, il suo messaggio ci è arrivato. Il nostro team riprende lunedì 14 dicembre alle 09:00 (Europe/Rome): sono Anna e me ne occuperò io, rispondendole qui. ^AP");
  });
});
