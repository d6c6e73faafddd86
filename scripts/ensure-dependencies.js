#!/usr/bin/env node
// Runs before `npm start`, `npm test` and friends, so a fresh clone needs nothing but Node.js
// and npm: installs the versions package-lock.json pins when node_modules is missing or was
// installed from a different lock file. Plain Node, no dependencies of its own.
// `npm install` rather than `npm ci`: ci deletes node_modules first (unkind to a developer's
// working tree) and refuses a lock file that lacks other platforms' optional binaries, which
// this registry mirror leaves out.
'use strict';
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { execSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.installed-lock-hash');
const fingerprint = () =>
  createHash('sha256')
    .update(readFileSync(lock))
    .update(readFileSync(join(root, 'package.json')))
    .digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint()) process.exit(0);

console.log('Installing dependencies (the first time builds better-sqlite3 from source, about two minutes)...');
execSync('npm install --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
// npm install may add entries to the lock file; stamp what is there now.
writeFileSync(stamp, fingerprint());
