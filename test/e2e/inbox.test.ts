// The team at work through the real binary: complaints imported from an export, the queue most
// urgent first, four agents claiming at once (never the same complaint), a reply recorded as the
// complaint's own case, satisfaction, release and assign, and the out-of-hours acknowledgement.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { cleanEnv, expectNoStack, replybook, ROOT, tempDir } from "../helpers/cli.js";
import { describeEachStore, freshDatabaseUrl, type StoreKind } from "../helpers/pg.js";

const FIXTURES = join(ROOT, "test", "fixtures", "inbox");
const TEAM = `agents:
  - { name: Anna Pace, initials: AP, signature: initials, languages: [en, it], hours: "mon-fri 09:00-18:00", timezone: Europe/Rome }
  - { name: Dario Russo, signature: name, skills: [parcel-damaged, parcel-lost, late-delivery, wrong-item], languages: [en], hours: "mon-fri 09:00-18:00", timezone: Europe/Rome }
  - { name: Marta Neri, signature: full, languages: [it], hours: "mon-fri 09:00-18:00", timezone: Europe/Rome }
  - { name: Kofi Mensah, languages: [en], hours: "mon-fri 09:00-18:00", timezone: Europe/Rome }
  - { name: Sara Lodi, languages: [en, it] }
  - { name: Tom Ward, languages: [en] }
  - { name: Ugo Sala, languages: [en, it] }
  - { name: Vera Fox, languages: [en] }
vip:
  customers: ["@giuliaf"]
`;
// A Monday afternoon in Rome: everyone is at work. Saturday evening: nobody with hours is.
const MONDAY = "2026-12-07T14:00:00Z";
const SATURDAY = "2026-12-12T19:00:00Z";

async function teamBox(kind: StoreKind) {
  const env = cleanEnv();
  if (kind === "postgres") env.REPLYBOOK_DATABASE_URL = await freshDatabaseUrl();
  const cwd = tempDir("replybook-team-");
  writeFileSync(join(cwd, ".replybookrc.yaml"), TEAM);
  const run = (args: string[]) => replybook(args, { env, cwd });
  return { env, cwd, run };
}

type View = { id: number; playbook?: string; locale?: string; vip: boolean; customer: { name?: string; handle?: string }; claimedBy?: string; rankMs: number; status: string };

describeEachStore("inbox, next, draft --case", (kind) => {
  it("imports an export, recognises it again, and lists the queue most urgent first", async () => {
    const box = await teamBox(kind);
    const first = await box.run(["inbox", "import", join(FIXTURES, "complaints-50.csv"), "--now", MONDAY]);
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/complaints-50\.csv: 50 read: 50 imported \(#1–#50\), 0 already in the inbox, 0 refused\. 5 VIP\.\n/);
    const again = await box.run(["inbox", "import", join(FIXTURES, "complaints-50.csv"), "--json"]);
    expect(again.exitCode).toBe(0);
    const outcome = JSON.parse(again.stdout) as { added: unknown[]; duplicates: Array<{ id: number; line: number }> };
    expect(outcome.added).toEqual([]);
    expect(outcome.duplicates).toHaveLength(50);
    expect(outcome.duplicates[0]).toEqual({ id: 1, line: 2 });

    const list = JSON.parse((await box.run(["inbox", "--json", "--now", MONDAY])).stdout) as View[];
    expect(list).toHaveLength(50);
    expect(list.map((v) => v.rankMs)).toEqual([...list.map((v) => v.rankMs)].sort((a, b) => a - b));
    // Site trouble on X is due first (respond within 4h, and a public platform); the config's VIP is routed and ranked up.
    expect(list[0]).toMatchObject({ id: 11, platform: "x", playbook: "site-malfunction" });
    expect(list.find((v) => v.id === 1)).toMatchObject({ vip: true, playbook: "parcel-damaged", locale: "en", customer: { handle: "@giuliaf", name: "Giulia Ferri" } });
    expect(list.findIndex((v) => v.id === 1)).toBeLessThan(list.findIndex((v) => v.id === 2));
    expect(list.find((v) => v.id === 4)).toMatchObject({ playbook: "parcel-damaged", locale: "it" });
    // A bottle leaking all over the box is damage, though no trigger said "damaged" before.
    expect(list.find((v) => v.id === 35)).toMatchObject({ playbook: "parcel-damaged", locale: "en" });
    const table = await box.run(["inbox", "--now", MONDAY]);
    expect(table.stdout).toMatch(/^50 waiting: \d+ overdue, 5 VIP, 0 held\. Most urgent first\./);
    expect(table.stdout).toMatch(/#1\s+.*Giulia Ferri \(@giuliaf\) VIP\s+parcel-damaged \(en\)/);
    expect(table.stdout.split("\n")[3]).toMatch(/^#11\s/);
  });

  it("counts and reports bad lines with file:line, imports the rest, and exits 2", async () => {
    const box = await teamBox(kind);
    const csv = await box.run(["inbox", "import", join(FIXTURES, "bad-lines.csv")]);
    expectNoStack(csv.stderr);
    expect(csv.exitCode).toBe(2);
    expect(csv.stderr).toMatch(/bad-lines\.csv:3:1 "yesterday-ish" is not a time/);
    expect(csv.stderr).toMatch(/bad-lines\.csv:4:1 no text/);
    expect(csv.stdout).toMatch(/1 imported \(#1–#1\), 0 already in the inbox, [23] refused/);
    const jsonl = await box.run(["inbox", "import", join(FIXTURES, "mixed.jsonl")]);
    expect(jsonl.exitCode).toBe(2);
    expect(jsonl.stderr).toMatch(/mixed\.jsonl:2:1 not JSON/);
    expect(jsonl.stderr).toMatch(/mixed\.jsonl:4:1 expected an object/);
    expect(jsonl.stdout).toMatch(/4 read: 2 imported \(#2–#3\), 0 already in the inbox, 2 refused/);
    const named = await box.run(["inbox", "import", join(FIXTURES, "mixed.jsonl"), "--text-column", "body"]);
    expect(named.exitCode).toBe(2);
    expect(named.stderr).toMatch(/mixed\.jsonl:1:1 no such key: --text-column "body"/);
  });

  it("gives four agents calling next at once four different complaints, and each the same one again", async () => {
    const box = await teamBox(kind);
    expect((await box.run(["inbox", "import", join(FIXTURES, "complaints-50.csv")])).exitCode).toBe(0);
    const claim = (agent: string) => box.run(["next", "--agent", agent, "--json", "--now", MONDAY]);
    const firstRound = await Promise.all(["Sara Lodi", "Tom Ward", "Ugo Sala", "Vera Fox"].map(claim));
    const ids = firstRound.map((r) => {
      expect(r.exitCode, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as View).id;
    });
    expect(new Set(ids).size).toBe(4);
    const secondRound = await Promise.all(["Anna Pace", "Dario Russo", "Marta Neri", "Kofi Mensah"].map(claim));
    const more = secondRound.map((r) => JSON.parse(r.stdout) as View);
    expect(new Set([...ids, ...more.map((v) => v.id)]).size).toBe(8);
    // Skills and languages: Dario answers only his four playbooks in English, Marta only Italian.
    expect(["parcel-damaged", "parcel-lost", "late-delivery", "wrong-item"]).toContain(more[1]!.playbook);
    expect(more[1]!.locale).toBe("en");
    expect(more[2]!.locale).toBe("it");
    const again = JSON.parse((await claim("Sara Lodi")).stdout) as View;
    expect(again.id).toBe(ids[0]);
    const held = JSON.parse((await box.run(["inbox", "--json", "--now", MONDAY])).stdout) as View[];
    expect(held.filter((v) => v.claimedBy)).toHaveLength(8);
  });

  it("drafts for a claimed complaint as its own case, takes satisfaction, releases and assigns", async () => {
    const box = await teamBox(kind);
    await box.run(["inbox", "import", join(FIXTURES, "complaints-50.csv")]);
    expect((await box.run(["inbox", "assign", "1", "Anna"])).exitCode).toBe(0);
    const mine = JSON.parse((await box.run(["next", "--agent", "Anna", "--json"])).stdout) as View;
    expect(mine.id).toBe(1);
    const taken = await box.run(["draft", "--case", "1", "--agent", "Dario", "--no-interactive", "--example"]);
    expect(taken.exitCode).toBe(2);
    expect(taken.stderr).toMatch(/complaint 1 is held by Anna Pace \(assigned\): ask them, or free it with replybook inbox release 1/);
    const draft = await box.run(["draft", "--case", "1", "--agent", "Anna", "--no-interactive", "--example", "--json"]);
    expect(draft.exitCode, draft.stderr).toBe(0);
    const outcome = JSON.parse(draft.stdout) as { customer: Record<string, string>; agent: string; reply: string; platform: string };
    // The inbox's customer, not the example's @laurab; signed with Anna's initials.
    expect(outcome.customer).toEqual({ name: "Giulia Ferri", handle: "@giuliaf" });
    expect(outcome.agent).toBe("Anna Pace");
    expect(outcome.platform).toBe("x");
    expect(outcome.reply).toMatch(/Giulia/);
    expect(outcome.reply).toMatch(/\^AP/);
    expect(draft.stderr).toMatch(/Recorded as case 1\b/);
    const again = await box.run(["draft", "--case", "1", "--agent", "Anna", "--no-interactive", "--example"]);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toMatch(/complaint 1 was already answered/);
    const rated = await box.run(["case", "update", "1", "--csat", "4", "--reaction", "thanked", "--json"]);
    expect(rated.exitCode, rated.stderr).toBe(0);
    expect(JSON.parse(rated.stdout)).toMatchObject({ id: 1, csat: 4, reaction: "thanked", complaint: expect.stringMatching(/lamp inside/) });
    const bad = await box.run(["case", "update", "1", "--csat", "9"]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/--csat 9: satisfaction is a whole number from 1/);

    const assigned = await box.run(["inbox", "assign", "5", "Dario"]);
    expect(assigned.exitCode, assigned.stderr).toBe(0);
    expect(assigned.stdout).toMatch(/#5 assigned to Dario Russo/);
    const darioNext = JSON.parse((await box.run(["next", "--agent", "Dario Russo", "--json"])).stdout) as View;
    expect(darioNext.id).toBe(5);
    const released = await box.run(["inbox", "release", "5"]);
    expect(released.stdout).toMatch(/Released #5 \(held by Dario Russo\)/);
    const list = JSON.parse((await box.run(["inbox", "--json"])).stdout) as View[];
    expect(list.find((v) => v.id === 5)?.claimedBy).toBeUndefined();
    expect(list.find((v) => v.id === 1)).toBeUndefined();
  });

  it("closes a message that needs no reply, with a reason, and keeps it out of the queue", async () => {
    const box = await teamBox(kind);
    await box.run(["inbox", "import", join(FIXTURES, "complaints-50.csv")]);
    expect((await box.run(["next", "--agent", "Tom Ward"])).exitCode).toBe(0);
    const heldByTom = (JSON.parse((await box.run(["inbox", "--json"])).stdout) as View[]).find((v) => v.claimedBy === "Tom Ward")!;
    const notYours = await box.run(["inbox", "close", String(heldByTom.id), "--reason", "spam", "--agent", "Anna"]);
    expect(notYours.exitCode).toBe(2);
    expect(notYours.stderr).toMatch(new RegExp(`^replybook: complaint ${heldByTom.id} is held by Tom Ward: ask them`));
    const closed = await box.run(["inbox", "close", "35", "--reason", "praise, liked", "--agent", "Anna"]);
    expect(closed.exitCode, closed.stderr).toBe(0);
    expect(closed.stdout).toBe("Closed #35 without a reply (praise, liked), by Anna Pace: it has left the queue.");
    const after = JSON.parse((await box.run(["inbox", "--all", "--json"])).stdout) as Array<View & { closed?: object }>;
    expect(after.find((v) => v.id === 35)).toMatchObject({ status: "closed", closed: { reason: "praise, liked", by: "Anna Pace" } });
    expect((JSON.parse((await box.run(["inbox", "--json"])).stdout) as View[]).some((v) => v.id === 35)).toBe(false);
    const late = await box.run(["draft", "--case", "35", "--agent", "Anna", "--no-interactive", "--example"]);
    expect(late.exitCode).toBe(2);
    expect(late.stderr).toMatch(/^replybook: complaint 35 was closed without a reply \(praise, liked\) by Anna Pace$/);
    const empty = await box.run(["inbox", "close", "36", "--reason", " "]);
    expect(empty.exitCode).toBe(2);
    expect(empty.stderr).toMatch(/--reason is empty/);
    expectNoStack(empty.stderr);
  });

  it("outside working hours offers and records an honest acknowledgement, and the reply stays due", async () => {
    const box = await teamBox(kind);
    writeFileSync(join(box.cwd, ".replybookrc.yaml"), TEAM.replace(/\n {2}- \{ name: (Sara|Tom|Ugo|Vera)[^\n]*/g, ""));
    await box.run(["inbox", "import", join(FIXTURES, "complaints-50.csv")]);
    const next = await box.run(["next", "--agent", "Anna", "--now", SATURDAY]);
    expect(next.exitCode, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/Outside working hours/);
    expect(next.stdout).toMatch(/^#11 for Anna Pace: site-malfunction \(en\)/);
    expect(next.stdout).toMatch(/Hi Jake, your message has reached us\. Our team is away until Monday 14 December at 09:00 \(Europe\/Rome\): I'm Anna, and I'll take it up myself then and reply to you here\. If you can, a screenshot of the error and the device and browser you use will help\. \^AP/);
    const ack = await box.run(["inbox", "acknowledge", "4", "--now", SATURDAY, "--json"]);
    expect(ack.exitCode, ack.stderr).toBe(0);
    const [sent] = JSON.parse(ack.stdout) as Array<{ id: number; text: string; answerer: string }>;
    expect(sent).toMatchObject({ id: 4, answerer: "Anna Pace" });
    expect(sent!.text).toMatch(/^Gentile Paolo, il suo messaggio ci è arrivato\. Il nostro team riprende lunedì 14 dicembre alle 09:00 \(Europe\/Rome\)/);
    // The playbook's own word for the wait (parcel-damaged: keep the box as it is), by e-mail where length is no matter.
    expect(sent!.text).toMatch(/rispondendole qui\. Nel frattempo tenga da parte la scatola e il contenuto così come sono/);
    const list = JSON.parse((await box.run(["inbox", "--json"])).stdout) as Array<View & { acknowledgement?: { text: string } }>;
    expect(list.find((v) => v.id === 4)).toMatchObject({ status: "waiting", acknowledgement: { text: sent!.text } });
  });
});
