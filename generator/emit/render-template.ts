/**
 * Renders the handlebars templates in `templates/`: prose and package files such as package.json,
 * tsconfig.json and READMEs (code never goes through templates). Templates compile once, in
 * strict mode, without HTML escaping; helpers are registered here and nowhere else.
 */
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import { TEMPLATES_DIR } from "../shared/assets.js";

const engine = Handlebars.create();
engine.registerHelper("json", (value: unknown) => JSON.stringify(value));
engine.registerHelper("eq", (a: unknown, b: unknown) => a === b);
const compiled = new Map<string, Handlebars.TemplateDelegate>();

export function render(template: string, view: object): string {
  let compiledTemplate = compiled.get(template);
  if (!compiledTemplate) {
    compiledTemplate = engine.compile(readFileSync(new URL(template, TEMPLATES_DIR), "utf8"), {
      strict: true,
      noEscape: true,
    });
    compiled.set(template, compiledTemplate);
  }
  return compiledTemplate(view);
}
