// `replybook drill` through the real binary: grade --json, a trainer's scenario file, an
// interactive drill and a crisis answered through standard input (plain prompts), the report.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, expectNoStack, replybook, tempDir } from "../helpers/cli.js";

const REPLY = `Hi Marco, I'm Dario from Acme. I'm so sorry your coffee machine arrived broken, and I've taken this on personally.
Could you send me a photo of the damaged parcel? The courier will collect it within 48 hours, and I'll call you back within 24 hours.
Please send me a direct message with your order number.
— Dario
`;

const SCENARIO = `playbook: parcel-damaged
locale: en
drills:
  - id: cracked-screen-instagram
    platform: instagram
    customer: { name: Giulia Neri }
    age: 30m
    complaint: My new phone arrived with the screen cracked. Thanks a lot.
    facts:
      - { text: The courier can only come in 3 days., commitment: courier-collection, earliest: 3d }
`;

function setup() {
  const home = tempDir("replybook-home-");
  const cwd = tempDir("replybook-drill-");
  writeFileSync(join(cwd, "reply.txt"), REPLY);
  const env = cleanEnv(home);
  const run = (args: string[], input?: string) => replybook(args, { cwd, env, ...(input !== undefined && { input, stdin: undefined }) });
  return { home, cwd, env, run, results: join(env.REPLYBOOK_DATA_DIR!, "drill-results.jsonl") };
}

interface GradeJson {
  score: number;
  max: number;
  breakdown: Array<{ item: string; points: number; max: number; why: string; principle: string }>;
  playbook: string;
  scenario: string;
  modelReply: string;
}

describe("drill grade", () => {
  it("prints { score, max, breakdown } without prompts, the same for the same input", async () => {
    const { run } = setup();
    const args = ["drill", "grade", "--playbook", "parcel-damaged", "--drill", "smashed-box-facebook", "--reply", "reply.txt", "--trainee", "Dario Russo", "--chosen-playbook", "parcel-damaged", "--checklist", "all", "--seconds", "240", "--now", "2025-05-02T10:00:00Z", "--no-record", "--json"];
    const first = await run(args);
    expect(first.stderr).toBe("");
    expect(first.exitCode).toBe(0);
    const grade = JSON.parse(first.stdout) as GradeJson;
    expect(grade.max).toBe(100);
    expect(grade.score).toBeGreaterThanOrEqual(0);
    expect(grade.score).toBeLessThanOrEqual(100);
    expect(grade.breakdown.map((i) => i.item)).toEqual(["playbook", "checklist", "time", "lint", "commitments", "personalisation"]);
    for (const item of grade.breakdown) {
      expect(item).toEqual(expect.objectContaining({ points: expect.any(Number), max: expect.any(Number), why: expect.any(String), principle: expect.stringMatching(/^P\d+$/) }));
      expect(item.points).toBeLessThanOrEqual(item.max);
    }
    expect(grade.breakdown.find((i) => i.item === "playbook")?.points).toBe(10);
    // The facts say the courier can only come in 3 days; the reply promises 48 hours.
    const commitments = grade.breakdown.find((i) => i.item === "commitments")!;
    expect(commitments.points).toBeLessThan(commitments.max);
    expect(commitments.why).toContain("The courier can only come in 3 days.");
    expect(grade).toMatchObject({ playbook: "parcel-damaged", scenario: "smashed-box-facebook" });
    expect(grade.modelReply).toContain("within 3 days");

    const again = await run(args);
    expect(again.stderr).toBe("");
    expect(again.stdout).toBe(first.stdout);
  });

  it.each([
    // [what, the reply, passed, the figures]
    [
      "a stock phrase, an over-promise and a team signature fail, each named",
      `Hi Marco, I'm Giulia from Customer Care. We apologise for any inconvenience. Could you send me a photo of the damaged parcel? The courier will collect it within 3 days, guaranteed. I'll call you back within 24 hours. Please send me a direct message with your order number.\n— The Customer Care Team\n`,
      false,
      { score: 69, fails: [/^a stock phrase "We apologise for any inconvenience"/, /^an over-promise "guaranteed"/, /^a team signature: signed by a team \("The Customer Care Team"\), not by Giulia/] },
    ],
    [
      "a good reply passes",
      `Hi Marco, I'm Giulia from Customer Care. I'm really sorry your coffee machine arrived broken, and I've taken this on personally.\nCould you send me a photo of the damaged parcel? The courier will come to collect it within 3 days, and I'll call you back within 24 hours.\nPlease send me a direct message with your order number.\n— Giulia\n`,
      true,
      { score: 100, fails: [] },
    ],
    [
      "una risposta in italiano con una frase fatta e una firma di squadra non passa",
      `Ciao Marco, sono Giulia del Servizio Clienti. Ci scusiamo per il disagio arrecato. Può mandarmi una foto del pacco danneggiato? Il corriere passerà a ritirarlo entro 3 giorni. La richiamerò entro 24 ore. Mi scriva in privato con il numero d'ordine.\nIl Servizio Clienti\n`,
      false,
      { score: 69, fails: [/^una frase fatta "Ci scusiamo per il disagio/, /^una firma di squadra: firmata da una squadra \("Il Servizio Clienti"\)/] },
    ],
  ] as const)("pass mark: %s", async (what, reply, passed, expected) => {
    const { cwd, run } = setup();
    writeFileSync(join(cwd, "attempt.txt"), reply);
    const italian = what.startsWith("una");
    const args = ["drill", "grade", "--playbook", "parcel-damaged", ...(italian ? ["--locale", "it", "--drill", "macchina-caffe-facebook"] : ["--drill", "smashed-box-facebook"]), "--reply", "attempt.txt", "--trainee", "Giulia", "--now", "2026-12-07T10:00:00Z", "--no-record"];
    const json = await run([...args, "--json"]);
    expect(json).toMatchObject({ exitCode: 0, stderr: "" });
    const grade = JSON.parse(json.stdout) as GradeJson & { passMark: number; passed: boolean; fails: string[] };
    expect(grade).toMatchObject({ score: expected.score, passMark: 70, passed });
    expect(grade.fails).toHaveLength(expected.fails.length);
    expected.fails.forEach((re, i) => expect(grade.fails[i]).toMatch(re));
    const text = await run(args);
    // Graded in the scenario's language.
    const verdict = italian
      ? `Punteggio: ${expected.score}/100, non superata: questi errori bocciano una risposta qualunque siano gli altri punti (soglia 70)`
      : passed
        ? `Score: ${expected.score}/100, passed (pass mark 70)`
        : `Score: ${expected.score}/100, not passed: these mistakes fail a reply whatever its other points (pass mark 70)`;
    expect(text.stdout.split("\n")[1]).toBe(verdict);
    for (const fail of grade.fails) expect(text.stdout).toContain(`  ✗ ${fail}`);
  });

  it("says who signed a reply signed by someone other than the trainee, not 'no signature'", async () => {
    const { cwd, run } = setup();
    writeFileSync(join(cwd, "marco.txt"), `Hi Marco, I'm Giulia from Customer Care. I'm really sorry your coffee machine arrived broken, and I've taken this on personally.\nCould you send me a photo of the damaged parcel? The courier will come to collect it within 3 days, and I'll call you back within 24 hours.\nPlease send me a direct message with your order number.\n— Marco\n`);
    const out = await run(["drill", "grade", "--playbook", "parcel-damaged", "--drill", "smashed-box-facebook", "--reply", "marco.txt", "--trainee", "Giulia", "--now", "2026-12-07T10:00:00Z", "--no-record"]);
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain("-6 signed by Marco; this scenario's agent is Giulia (— Giulia, or ^G on X) (P3)");
    expect(out.stdout).not.toContain("no signature");
    expect(out.stdout).toContain("Score: 93/100, passed (pass mark 70)");
  });

  it("grades against a trainer's scenario file and records the attempt", async () => {
    const { cwd, run, results } = setup();
    writeFileSync(join(cwd, "monday.yaml"), SCENARIO);
    const out = await run(["drill", "grade", "--scenario", "monday.yaml", "--reply", "reply.txt", "--trainee", "Dario Russo", "--seconds", "60"]);
    expect(out.stderr).toBe("");
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toMatch(/^Scenario cracked-screen-instagram \(parcel-damaged, instagram\)\nScore: \d+\/100/);
    expect(out.stdout).toContain("Model reply (parcel-damaged.public)");
    const lines = readFileSync(results, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ version: 1, kind: "drill", trainee: "Dario Russo", scenario: "cracked-screen-instagram", seconds: 60 });
  });

  it("names the file, line and key of a broken scenario, and exits 2 without a stack", async () => {
    const { cwd, run } = setup();
    writeFileSync(join(cwd, "bad.yaml"), SCENARIO.replace("age: 30m", "age: later"));
    const out = await run(["drill", "grade", "--scenario", "bad.yaml", "--reply", "reply.txt"]);
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toBe('replybook: bad.yaml:7:10 drills[0].age: "later" is not a duration: write it like 24h, 2d, 90m or 1 working day');
    expectNoStack(out.stderr);
  });

  it("explains usage mistakes with exit 2", async () => {
    const { run } = setup();
    const missing = await run(["drill", "grade", "--playbook", "parcel-damaged", "--reply", "nope.txt"]);
    expect(missing).toMatchObject({ exitCode: 2, stderr: "replybook: nope.txt no such file" });
    const unknown = await run(["drill", "grade", "--playbook", "parcel-damaged", "--drill", "nope", "--reply", "reply.txt"]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/no scenario "nope"; known: smashed-box-facebook, wet-parcel-x/);
    const noTrainee = await run(["drill", "--playbook", "parcel-damaged"]);
    expect(noTrainee).toMatchObject({ exitCode: 2, stderr: expect.stringContaining("--trainee") });
  });
});

describe("drill, interactive, answered through standard input", () => {
  it("shows the card, asks, grades, shows the model reply and records", async () => {
    const { run, results } = setup();
    const answers = ["parcel damaged", "1,2,3,4", "1", "@annav I'm so sorry your books are ruined. I'm Dario and I'm on it: please DM me a photo and I'll call you back within 24 hours. ^DR", "."];
    // The menu lists every shipped playbook by title, so the number of "Parcel arrived damaged"
    // is read from the menu itself (a run that ends at the first question) rather than pinned.
    const menu = await run(["drill", "--playbook", "parcel-damaged", "--drill", "wet-parcel-x", "--trainee", "Dario Russo", "--no-record"], "");
    const choice = /(\d+)\) Parcel arrived damaged \(parcel-damaged\)/.exec(menu.stdout)?.[1];
    expect(choice).toBeDefined();
    // "parcel damaged" is not a number: the plain prompt says so and asks again.
    const input = [answers[0], choice!, ...answers.slice(1)].join("\n") + "\n";
    const out = await run(["drill", "--playbook", "parcel-damaged", "--drill", "wet-parcel-x", "--trainee", "Dario Russo"], input);
    expect(out.stderr).toBe("");
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain("┌─ X (Twitter)");
    expect(out.stdout).toContain("Anna Verdi @annav · posted 9 hours ago");
    expect(out.stdout).not.toContain("suggested");
    expect(out.stdout).toMatch(/Which playbook does this complaint need\?/);
    expect(out.stdout).toMatch(/Score: \d+\/100/);
    expect(out.stdout).toMatch(/playbook\s+10\/10/);
    expect(out.stdout).toMatch(/time\s+11\/15/);
    expect(out.stdout).toContain("Model reply (parcel-damaged.public-short)");
    expect(out.stdout).toContain(`Recorded in ${results}`);
    const record = JSON.parse(readFileSync(results, "utf8").trim()) as { trainee: string; chosenPlaybook: string; kind: string };
    expect(record).toMatchObject({ trainee: "Dario Russo", chosenPlaybook: "parcel-damaged", kind: "drill" });
  });

  it("marks the suggested playbook with --hints", async () => {
    const { run } = setup();
    const out = await run(["drill", "--playbook", "parcel-damaged", "--drill", "wet-parcel-x", "--trainee", "Dario", "--hints", "--no-record"], "\n\n1\nSorry.\n.\n");
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toMatch(/1\) Parcel arrived damaged \(parcel-damaged\)\s+<- suggested by its words/);
  });

  it("runs a seeded crisis: triage, answers, order and waiting graded", async () => {
    const { run, results } = setup();
    const one = "3\n\n1\nHi, I'm Dario and I'm on it. I'll update you within 24 hours.\n— Dario\n.\n";
    const input = `1\n${one}1\n${one}`;
    const out = await run(["drill", "--crisis", "--count", "2", "--seed", "peak", "--trainee", "Dario"], input);
    expect(out.stderr).toBe("");
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toMatch(/Crisis drill: 2 complaints are arriving/);
    expect(out.stdout).toMatch(/Which do you answer next\?/);
    expect(out.stdout).toMatch(/Crisis score: \d+\/100/);
    expect(out.stdout).toMatch(/order\s+\d+\/20/);
    expect(out.stdout).toMatch(/waiting\s+\d+\/20/);
    expect(out.stdout).toContain("Same draw again: --seed peak");
    const record = JSON.parse(readFileSync(results, "utf8").trim()) as { kind: string; scenario: string; replies: unknown[] };
    expect(record).toMatchObject({ kind: "crisis", scenario: "crisis:peak" });
    expect(record.replies).toHaveLength(2);
  });

  it("stops with exit 2 when the input ends mid-drill", async () => {
    const { run } = setup();
    const out = await run(["drill", "--playbook", "parcel-damaged", "--trainee", "Dario"], "3\n");
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toBe("replybook: drill interrupted; nothing was recorded");
  });
});

describe("drill report", () => {
  async function withResults() {
    const s = setup();
    for (const [trainee, day, seconds] of [["Anna Verdi", "01", 300], ["Ben Cole", "02", 120], ["Anna Verdi", "03", 200]] as const) {
      const out = await s.run(["drill", "grade", "--playbook", "parcel-damaged", "--reply", "reply.txt", "--trainee", trainee, "--seconds", String(seconds), "--now", `2025-05-${day}T10:00:00Z`]);
      expect(out.exitCode).toBe(0);
    }
    return s;
  }

  it("prints per-trainee and per-rule summaries as a table, JSON or Markdown", async () => {
    const { run } = await withResults();
    const table = await run(["drill", "report"]);
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toContain("Drill results: 3 attempt(s) by 2 trainee(s), 2025-05-01 to 2025-05-03");
    expect(table.stdout).toMatch(/Anna Verdi\s+2\s/);
    expect(table.stdout).toContain("Mistakes by rule:");
    expect(table.stdout).toContain("commitments/courier-collection");
    const json = JSON.parse((await run(["drill", "report", "--format", "json"])).stdout) as { attempts: number; trainees: Array<{ trainee: string }>; mistakes: Array<{ key: string }> };
    expect(json.attempts).toBe(3);
    expect(json.trainees.map((t) => t.trainee)).toEqual(["Anna Verdi", "Ben Cole"]);
    expect(json.mistakes.map((m) => m.key)).toContain("commitments/courier-collection");
    const md = await run(["drill", "report", "--format", "markdown"]);
    expect(md.stdout).toMatch(/^# Drill results/);
    expect(md.stdout).toContain("| Trainee | Attempts |");
  });

  it("reports malformed lines with their line numbers, counts the others, and exits 2", async () => {
    const { run, results, cwd } = await withResults();
    writeFileSync(results, readFileSync(results, "utf8") + "{oops\n" + JSON.stringify({ version: 1, trainee: "" }) + "\n");
    const out = await run(["drill", "report", results, "--html", "report.html"]);
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toContain("3 attempt(s)");
    expect(out.stderr).toContain(`replybook: ${results}:4:1 not a JSON line`);
    expect(out.stderr).toContain(`replybook: ${results}:5:1 "trainee": expected a name`);
    expect(out.stderr).toContain("2 line(s) left out; the other 3 result(s) were counted");
    const html = readFileSync(join(cwd, "report.html"), "utf8");
    expect(html).toContain("Lines left out");
    expectNoStack(out.stderr);
  });

  it("says so when there are no results yet", async () => {
    const { run } = setup();
    const out = await run(["drill", "report"]);
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toBe("No drill results yet.");
    expect(out.stderr).toMatch(/^No drill results yet \(looked for .*drill-results\.jsonl\)/);
  });
});
