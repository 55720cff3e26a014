import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { InputError } from "../../src/core/errors.js";
import { tempDir } from "../helpers/cli.js";

function folder(files: Record<string, string>): string {
  const dir = tempDir("replybook-config-");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const load = (cwd: string, configFile?: string) => loadConfig({ cwd, stopDir: cwd, ...(configFile && { configFile }) });

describe("loadConfig", () => {
  it("finds .replybookrc (YAML) and resolves folders against it", async () => {
    const dir = folder({ ".replybookrc": "agent: { name: Dario Rossi }\nbrand: Acme\nplaybooks: [./team]\n" });
    const config = await load(dir);
    expect(config.agent?.name).toBe("Dario Rossi");
    expect(config.brand).toBe("Acme");
    expect(config.playbooks).toEqual([join(dir, "team")]);
    expect(config.origins.brand).toBe(join(dir, ".replybookrc"));
    expect(config.origins.locale).toBe("default");
  });
  it.each([
    [".replybookrc.json", '{ "brand": "Json" }'],
    [".replybookrc.yaml", "brand: Yaml\n"],
    ["replybook.config.mjs", "export default { brand: 'Mjs' };\n"],
    ["replybook.config.cjs", "module.exports = { brand: 'Cjs' };\n"],
    ["package.json", '{ "name": "x", "replybook": { "brand": "Pkg" } }'],
  ])("reads %s", async (name, text) => {
    const config = await load(folder({ [name]: text }));
    expect(config.brand).toMatch(/Json|Yaml|Mjs|Cjs|Pkg/);
  });
  it("follows extends, nearest file winning, folder lists adding up", async () => {
    const dir = folder({
      "base/shared.yaml": "brand: Base\nlocale: it\nplaybooks: [./pb]\nrules: { max-length: off }\n",
      ".replybookrc.yaml": "extends: ./base/shared.yaml\nbrand: Mine\nplaybooks: [./more]\nrules: { calm-tone: warn }\n",
    });
    const config = await load(dir);
    expect(config.brand).toBe("Mine");
    expect(config.locale).toBe("it");
    expect(config.playbooks).toEqual([join(dir, "base", "pb"), join(dir, "more")]);
    expect(config.rules).toEqual({ "max-length": "off", "calm-tone": "warn" });
    expect(config.files).toEqual([join(dir, ".replybookrc.yaml"), join(dir, "base", "shared.yaml")]);
  });
  it.each([
    ["an unknown key", { ".replybookrc.yaml": "brnad: x\n" }, /\.replybookrc\.yaml:1:1 brnad: unknown key "brnad" \(did you mean "brand"\?\)/],
    ["a wrong type", { ".replybookrc.yaml": "agent: Dario\n" }, /\.replybookrc\.yaml:1:8 agent: expected a map, got "Dario"/],
    ["a circular extends", { ".replybookrc.yaml": "extends: ./a.yaml\n", "a.yaml": "extends: ./.replybookrc.yaml\n" }, /circular extends: .*\.replybookrc\.yaml -> .*a\.yaml -> .*\.replybookrc\.yaml/],
    ["a missing extends package", { ".replybookrc.yaml": "extends: no-such-replybook-config\n" }, /cannot find the shareable config "no-such-replybook-config"/],
    ["broken YAML", { ".replybookrc": "agent: [\n" }, /\.replybookrc:\d+:\d+ /],
    ["a bad rule severity", { ".replybookrc.yaml": "rules:\n  calm-tone: loud\n" }, /\.replybookrc\.yaml:2:14 rules\.calm-tone: /],
    ["a bad key in package.json#replybook", { "package.json": '{\n  "replybook": { "locale": "english" }\n}' }, /package\.json:2:28 replybook\.locale: "english" is not a locale/],
  ])("reports %s in one positioned line", async (_name, files, message) => {
    const error = await load(folder(files)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).format()).toMatch(message);
  });
  it("reports a missing --config file", async () => {
    const dir = folder({});
    const error = (await load(dir, "nope.yaml").catch((e: unknown) => e)) as InputError;
    expect(error.format()).toMatch(/nope\.yaml no such config file/);
  });
});
