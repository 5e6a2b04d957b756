// Copies the front-end assets that Orion's pages use from node_modules into the jar's static folder.
// Run by the Maven build (npm run build) with ORION_ASSETS_OUT set to target/classes/static/assets.
import { cpSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

const out = process.env.ORION_ASSETS_OUT ?? "../target/classes/static/assets";
const dsfr = "node_modules/@gouvfr/dsfr/dist";

const files = {
  [`${dsfr}/dsfr.min.css`]: "dsfr/dsfr.min.css",
  [`${dsfr}/dsfr.module.min.js`]: "dsfr/dsfr.module.min.js",
  [`${dsfr}/dsfr.nomodule.min.js`]: "dsfr/dsfr.nomodule.min.js",
  [`${dsfr}/utility/utility.min.css`]: "dsfr/utility/utility.min.css",
  [`${dsfr}/fonts`]: "dsfr/fonts",
  [`${dsfr}/icons`]: "dsfr/icons",
  [`${dsfr}/favicon`]: "dsfr/favicon",
  "node_modules/htmx.org/dist/htmx.min.js": "htmx/htmx.min.js",
  "node_modules/echarts/dist/echarts.min.js": "echarts/echarts.min.js",
};

for (const [from, to] of Object.entries(files)) {
  const target = join(out, to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(from, target, { recursive: true });
}
console.log(`Orion assets copied to ${out}`);
