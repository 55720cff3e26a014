/**
 * Collecting positioned problems while turning a validated YAML source into a value: the
 * checks a schema cannot express (durations, references) report here, each with the file,
 * line, column and key path of the node they are about.
 */
import { InputError } from "../core/errors.js";
import { parseDuration, type Duration } from "../text/duration.js";
import { formatKeyPath, type KeyPath, type YamlSource } from "./read.js";

export interface IssueCollector {
  errors: InputError[];
  /** Records a problem at a key path. */
  at(path: KeyPath, message: string): void;
  /** Reads a duration, recording a problem (and returning 0 minutes) when it is not one. */
  duration(path: KeyPath, text: string): Duration;
}

export function collectIssues(source: YamlSource): IssueCollector {
  const errors: InputError[] = [];
  const at = (path: KeyPath, message: string) => {
    const pos = source.positionOf(path);
    errors.push(new InputError(message, { file: source.file, line: pos.line, column: pos.column, keyPath: formatKeyPath(path) }));
  };
  const duration = (path: KeyPath, text: string): Duration => {
    const d = parseDuration(text);
    if (!d) at(path, `"${text}" is not a duration: write it like 24h, 2d, 90m or 1 working day`);
    return d ?? { minutes: 0, text };
  };
  return { errors, at, duration };
}
