// Preloaded with `node --require` in test/privacy/netwerk.test.ts: every way
// Node opens a connection or asks DNS is replaced by a trap that writes one
// line to $TOETS_NETWERKVAL_LOG and throws. A run that needs no network
// leaves the log empty.
'use strict';
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');

const log = process.env.TOETS_NETWERKVAL_LOG;

function trap(name) {
  return function trapped() {
    const line = `${process.pid} ${name}\n`;
    if (log) fs.appendFileSync(log, line);
    throw new Error(`netwerkval: ${name} is niet toegestaan`);
  };
}

const net = require('node:net');
net.connect = trap('net.connect');
net.createConnection = trap('net.createConnection');
net.Socket.prototype.connect = trap('net.Socket.connect');
net.createServer = trap('net.createServer');

const tls = require('node:tls');
tls.connect = trap('tls.connect');

for (const mod of ['node:http', 'node:https', 'node:http2']) {
  const m = require(mod);
  if (m.request) m.request = trap(`${mod}.request`);
  if (m.get) m.get = trap(`${mod}.get`);
  if (m.connect) m.connect = trap(`${mod}.connect`);
  if (m.createServer) m.createServer = trap(`${mod}.createServer`);
}

const dns = require('node:dns');
for (const f of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse', 'lookupService']) dns[f] = trap(`dns.${f}`);
for (const f of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse', 'lookupService']) dns.promises[f] = trap(`dns.promises.${f}`);

const dgram = require('node:dgram');
dgram.createSocket = trap('dgram.createSocket');

globalThis.fetch = trap('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = trap('WebSocket');

syncBuiltinESMExports();
