// Writes viz-js-node.sha256: npm pack @viz-js/viz@3.31.0 && tar xzf viz-js-viz-3.31.0.tgz, then
//   node node-sha256.mjs DIR > DIR/viz-js-node.sha256   (DIR = this folder; a fresh Viz instance per map)
import fs from 'fs';
import crypto from 'crypto';
const viz = await import(process.env.VIZ_JS ?? './package/dist/viz.js');
const dir = process.argv[2];
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.dot')).sort()) {
  const v = await viz.instance();
  const svg = v.renderString(fs.readFileSync(dir + '/' + f, 'utf8'), {format: 'svg', engine: 'dot'});
  console.log(crypto.createHash('sha256').update(svg, 'utf8').digest('hex') + '  ' + f);
}
