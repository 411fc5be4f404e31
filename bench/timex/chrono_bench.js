// chrono_bench.js — time chrono-node on the documents of a corpus file
// (documents separated by a line "\f"), in-process (Node start-up not
// counted).  Prints: bytes wall-seconds expressions cpu-seconds
const fs = require('fs');
const chrono = require('chrono-node');
const [file, dct, reps] = [process.argv[2], process.argv[3] || '2026-01-08', +(process.argv[4] || 1)];
const docs = fs.readFileSync(file, 'utf8').split('\n\f\n');
const ref = new Date(dct + 'T12:00:00Z');
let n = 0;
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let r = 0; r < reps; r++)
  for (const d of docs) n += chrono.parse(d, ref).length;
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cu = process.cpuUsage(c0);
const cpu = (cu.user + cu.system) / 1e6;
console.log(Buffer.byteLength(docs.join('\n\f\n')) * reps, secs.toFixed(3), n, cpu.toFixed(3));
