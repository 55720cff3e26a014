// The plain prompter through real streams: numbered questions, one answer per line.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { PlainPrompter } from "../../src/prompts/plain.js";
import { isPromptInterrupted } from "../../src/prompts/types.js";

function setup(lines: string[], locale = "en") {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = "";
  output.on("data", (d: Buffer) => (shown += d.toString()));
  input.end(lines.map((l) => `${l}\n`).join(""));
  const prompter = new PlainPrompter({ input, output, env: {}, locale });
  return { prompter, shown: () => shown };
}

describe("PlainPrompter", () => {
  it("numbers questions and lists choices with their numbers", async () => {
    const { prompter, shown } = setup(["2", ""]);
    const damage = await prompter.select({ key: "d", message: "What is damaged?", choices: [{ value: "box", name: "Only the box" }, { value: "contents", name: "The contents" }], default: "box" });
    const again = await prompter.select({ key: "d2", message: "Again?", choices: [{ value: "a", name: "A" }, { value: "b", name: "B" }], default: "b" });
    expect([damage, again]).toEqual(["contents", "b"]);
    expect(shown()).toContain("1. What is damaged?\n   1) Only the box (default)\n   2) The contents\n   Type a number and press Enter (Enter alone: 1).\n> ");
    expect(shown()).toContain("2. Again?");
    expect(shown()).not.toMatch(/\u001b\[/); // no cursor movement, no colours
  });

  it("reads a pasted text up to an empty line, keeping the paragraphs of one paste, and validates answers", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = "";
    output.on("data", (d: Buffer) => (shown += d.toString()));
    const prompter = new PlainPrompter({ input, output, env: {} });
    input.write("My parcel\narrived smashed.\n\nAnd nobody answers.\n\n"); // one paste, two paragraphs
    expect(await prompter.multiline({ key: "c", message: "Paste the complaint", hint: "end with an empty line", endOnEmptyLine: true })).toBe("My parcel\narrived smashed.\n\nAnd nobody answers.");
    input.write("not-an-email\n");
    setTimeout(() => input.end("care@example.com\n"), 20);
    const email = await prompter.input({ key: "e", message: "E-mail?", validate: (v) => (v.includes("@") ? undefined : "an e-mail address") });
    expect(email).toBe("care@example.com");
    expect(shown).toContain("   ! an e-mail address\n");
  });

  it("ends a text typed line by line at the first empty line", async () => {
    const input = new PassThrough();
    const prompter = new PlainPrompter({ input, output: new PassThrough(), env: {} });
    input.write("Where is my parcel?\n");
    setTimeout(() => input.write("\n"), 20);
    setTimeout(() => input.write("Dario\n"), 200);
    expect(await prompter.multiline({ key: "c", message: "Paste", hint: "", endOnEmptyLine: true })).toBe("Where is my parcel?");
    expect(await prompter.input({ key: "a", message: "Name?" })).toBe("Dario");
  });

  it("answers yes/no in Italian", async () => {
    const { prompter, shown } = setup(["sì", ""], "it");
    expect(await prompter.confirm({ key: "a", message: "Fatto?", default: false })).toBe(true);
    expect(await prompter.confirm({ key: "b", message: "Fatto?", default: false })).toBe(false);
    expect(shown()).toContain("(sì/no, Solo Invio: no)");
  });

  it("filters a search by letters and picks by number; checkboxes by comma-separated numbers", async () => {
    const { prompter } = setup(["lost", "", "1,3"]);
    const choices = [{ value: "d", name: "Parcel arrived damaged" }, { value: "l", name: "Parcel lost or never received" }, { value: "w", name: "Wrong item" }];
    expect(await prompter.search({ key: "p", message: "Which?", choices })).toBe("l");
    expect(await prompter.checkbox({ key: "r", message: "Offer?", choices: choices.map((c) => ({ ...c, checked: c.value === "w" })) })).toEqual(["w"]);
    expect(await prompter.checkbox({ key: "r2", message: "Offer?", choices })).toEqual(["d", "w"]);
  });

  it("stops with PromptInterrupted when the input ends instead of waiting forever", async () => {
    const { prompter } = setup([]);
    const error = await prompter.input({ key: "x", message: "Name?" }).catch((e: unknown) => e);
    expect(isPromptInterrupted(error) && error.reason).toBe("input-ended");
  });

  it("stops with PromptInterrupted on an abort (SIGTERM, SIGHUP)", async () => {
    const input = new PassThrough();
    const controller = new AbortController();
    const prompter = new PlainPrompter({ input, output: new PassThrough(), env: {}, signal: controller.signal });
    const pending = prompter.input({ key: "x", message: "Name?" }).catch((e: unknown) => e);
    controller.abort("hangup");
    const error = await pending;
    expect(isPromptInterrupted(error) && error.reason).toBe("hangup");
  });
});
