// An example replybook plug-in. Listed in a team's config as `plugins: ["replybook-plugin-acme"]`,
// its rules are named acme/<rule>: `rules: { "acme/no-competitor-names": [warn, { names: [Globex] }] }`.
import noCompetitorNames from "./rules/no-competitor-names.js";

export default {
  rules: {
    "no-competitor-names": noCompetitorNames,
  },
};
