/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload for `node --require` */
/**
 * Preloaded (node --require) into tools the tests run that would otherwise reach out to the
 * internet on their own (electronegativity fetches Electron's release list and translations):
 * every name lookup but localhost fails at once and every socket to a non-loopback address is
 * refused before a packet is sent.
 */
const dns = require('node:dns');
const net = require('node:net');

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;
const refused = (host) => Object.assign(new Error(`network blocked by the test guard: ${host}`), { code: 'ENOTFOUND', hostname: host });

const lookup = dns.lookup;
dns.lookup = function guardedLookup(host, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  if (!LOOPBACK.test(String(host))) return process.nextTick(() => done(refused(host)));
  return lookup.apply(this, arguments);
};
const promisesLookup = dns.promises.lookup;
dns.promises.lookup = async (host, options) => {
  if (!LOOPBACK.test(String(host))) throw refused(host);
  return promisesLookup(host, options);
};

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = args[0];
  const host = Array.isArray(first) ? first[0]?.host : typeof first === 'object' && first !== null ? first.host : typeof args[1] === 'string' ? args[1] : undefined;
  if (host !== undefined && !LOOPBACK.test(String(host)) && !(typeof first === 'object' && first?.path)) {
    process.nextTick(() => this.destroy(refused(host)));
    return this;
  }
  return connect.apply(this, args);
};
