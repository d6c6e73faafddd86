#!/usr/bin/env node
// Runs before `npm start`, `npm test` and friends, so a fresh clone needs nothing but Node.js
// and npm: installs exactly what package-lock.json says (npm ci) when node_modules is missing
// or was installed from a different lock file. Plain Node, no dependencies of its own.
'use strict';
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { execSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.installed-lock-hash');
const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) process.exit(0);

console.log('Installing dependencies (npm ci; the first time builds better-sqlite3 from source, about two minutes)...');
execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
writeFileSync(stamp, hash);
