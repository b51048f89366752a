/**
 * Reading files as strict UTF-8: BOM, NUL bytes, invalid sequences, foreign byte order marks,
 * size limits and file system errors.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidOffset, mapReadError, readTextFile, readTextStream } from '../../src/batch/read.js';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'copyguard-read-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('decodeBytes', () => {
  it('decodes UTF-8 and strips a leading BOM, remembering it', () => {
    expect(decodeBytes(Buffer.from('Café news\n'), 'a.md')).toEqual({ ok: true, text: 'Café news\n', bom: false });
    expect(decodeBytes(Buffer.from('\uFEFFCafé', 'utf8'), 'a.md')).toEqual({ ok: true, text: 'Café', bom: true });
  });

  it('keeps a second BOM as text', () => {
    expect(decodeBytes(Buffer.from('\uFEFF\uFEFFx', 'utf8'), 'a.md')).toEqual({ ok: true, text: '\uFEFFx', bom: true });
  });

  it('reads an empty file as an empty text', () => {
    expect(decodeBytes(new Uint8Array(), 'a.md')).toEqual({ ok: true, text: '', bom: false });
  });

  it('calls a file with a NUL byte binary, naming the offset', () => {
    expect(decodeBytes(Buffer.from([0x41, 0x42, 0x00]), 'logo.md')).toEqual({
      ok: false,
      error: { code: 'EBINARY', message: 'logo.md: binary file (NUL byte at offset 2)' },
    });
  });

  it.each([
    ['UTF-16LE', [0xff, 0xfe, 0x41, 0x00]],
    ['UTF-16BE', [0xfe, 0xff, 0x00, 0x41]],
    ['UTF-32LE', [0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]],
    ['UTF-32BE', [0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x41]],
  ])('reports a %s byte order mark as an encoding error', (name, bytes) => {
    const outcome = decodeBytes(Buffer.from(bytes), 'x.md');
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'EENCODING', message: `x.md: not UTF-8 (starts with a ${name} byte order mark); convert the file to UTF-8` },
    });
  });

  it('reports invalid UTF-8 with the offset of the first bad sequence, counting the BOM', () => {
    expect(decodeBytes(Buffer.from([0x61, 0xe9, 0x62]), 'a.md')).toEqual({
      ok: false,
      error: { code: 'EENCODING', message: 'a.md: not valid UTF-8 (invalid byte sequence at offset 1)' },
    });
    expect(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff]), 'a.md')).toMatchObject({
      error: { message: 'a.md: not valid UTF-8 (invalid byte sequence at offset 4)' },
    });
  });
});

describe('firstInvalidOffset', () => {
  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong slash', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0x61, 0xe0, 0x80, 0xaf], 1],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a truncated sequence', [0x61, 0x62, 0xe2, 0x82], 2],
    ['a bad continuation', [0xe2, 0x41, 0x82], 0],
    ['valid text', [0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], 10],
  ])('finds %s', (_name, bytes, offset) => {
    expect(firstInvalidOffset(Uint8Array.from(bytes))).toBe(offset);
  });
});

describe('readTextFile', () => {
  it('reads a file', async () => {
    await writeFile(join(folder, 'a.md'), 'Hello.\n');
    expect(await readTextFile(join(folder, 'a.md'), 'a.md', { maxFileSize: 100 })).toEqual({ ok: true, text: 'Hello.\n', bom: false });
  });

  it('refuses a file over the limit', async () => {
    await writeFile(join(folder, 'a.md'), 'x'.repeat(101));
    expect(await readTextFile(join(folder, 'a.md'), 'a.md', { maxFileSize: 100 })).toEqual({
      ok: false,
      error: { code: 'ETOOLARGE', message: 'a.md: file too large (101 bytes; the limit is 100, see --max-file-size)' },
    });
  });

  it('reports a missing file and a directory', async () => {
    await mkdir(join(folder, 'dir'));
    expect(await readTextFile(join(folder, 'none.md'), 'none.md', { maxFileSize: 100 })).toMatchObject({ error: { code: 'ENOENT' } });
    expect(await readTextFile(join(folder, 'dir'), 'dir', { maxFileSize: 100 })).toEqual({
      ok: false,
      error: { code: 'EISDIR', message: 'dir: is a directory' },
    });
  });
});

describe('readTextStream', () => {
  it('reads chunks of bytes and strings', async () => {
    const stream = Readable.from([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('See '), 'the report.']);
    expect(await readTextStream(stream, '<stdin>', { maxFileSize: 100 })).toEqual({ ok: true, text: 'See the report.', bom: true });
  });

  it('stops at the size limit', async () => {
    const stream = Readable.from(['x'.repeat(60), 'x'.repeat(60)]);
    expect(await readTextStream(stream, '<stdin>', { maxFileSize: 100 })).toMatchObject({ error: { code: 'ETOOLARGE' } });
  });
});

describe('mapReadError', () => {
  it.each([
    ['ENOENT', 'ENOENT', 'a.md: no such file or directory'],
    ['ENOTDIR', 'ENOENT', 'a.md: no such file or directory'],
    ['ELOOP', 'ENOENT', 'a.md: no such file or directory'],
    ['EACCES', 'EACCES', 'a.md: permission denied'],
    ['EPERM', 'EACCES', 'a.md: permission denied'],
    ['EISDIR', 'EISDIR', 'a.md: is a directory'],
  ])('maps %s to %s', (nodeCode, code, message) => {
    expect(mapReadError(Object.assign(new Error('x'), { code: nodeCode }), 'a.md')).toEqual([code, message]);
  });

  it('keeps the cause of an unexpected error', () => {
    expect(mapReadError(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }), 'a.md')).toEqual(['EACCES', 'a.md: cannot read (EIO: i/o error)']);
  });
});
