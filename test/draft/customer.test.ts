import { describe, expect, it } from "vitest";
import { customerFromAnswer, guessCustomer } from "../../src/draft/customer.js";

describe("guessCustomer", () => {
  it.each([
    ["My parcel arrived smashed.\n— Laura", { name: "Laura", from: "— Laura" }],
    ["My parcel arrived smashed.\n-- Laura Bianchi", { name: "Laura Bianchi", from: "-- Laura Bianchi" }],
    ["Tracking stuck for ten days.\nLaura B.", { name: "Laura B.", from: "Laura B." }],
    ["il mio pacco è arrivato distrutto, vergogna!\nGrazie, Laura", { name: "Laura", from: "Grazie, Laura" }],
    ["il mio pacco è arrivato distrutto, vergogna! Grazie, Laura", { name: "Laura", from: "Grazie, Laura" }],
    ["Still nothing.\nCordiali saluti,\nLaura Bianchi", { name: "Laura Bianchi", from: "Cordiali saluti, Laura Bianchi" }],
    ["Where is my order?\nThanks, Anne-Marie", { name: "Anne-Marie", from: "Thanks, Anne-Marie" }],
    ["where is my parcel\n@laurab", { handle: "@laurab", from: "@laurab" }],
    ["where is my parcel\n— @laurab", { handle: "@laurab", from: "— @laurab" }],
    // Signed on the last sentence's own line, after its full stop.
    ["Tracking says delivered, nothing at my door. This is the 2nd time. - Marco Rossi", { name: "Marco Rossi", from: "- Marco Rossi" }],
    ["Il pacco risulta consegnato ma a casa non c'è niente! — Giulia", { name: "Giulia", from: "— Giulia" }],
  ])("reads %j", (complaint, expected) => {
    expect(guessCustomer(complaint)).toEqual(expected);
  });

  it.each([
    "@shop my parcel came soaked and the books inside are ruined. Not happy.",
    "My parcel arrived completely smashed and nobody answers. Great service!",
    "Who do I talk to?",
    "Thanks for nothing",
    // A dash without a sentence ending before it is not a signature.
    "I waited 3 hours - Unacceptable",
    "Two weeks and still nothing - Amazon Prime my foot",
    "",
  ])("guesses nothing from %j", (complaint) => {
    expect(guessCustomer(complaint)).toBeUndefined();
  });
});

describe("customerFromAnswer", () => {
  it("takes a name, or an @handle", () => {
    expect(customerFromAnswer("Laura Bianchi")).toEqual({ name: "Laura Bianchi" });
    expect(customerFromAnswer("@laurab", { name: "Laura" })).toEqual({ handle: "@laurab" });
    expect(customerFromAnswer("Laura", { handle: "@laurab" })).toEqual({ handle: "@laurab", name: "Laura" });
  });
});
