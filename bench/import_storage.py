#!/usr/bin/env python3
"""The baseline of marginalia-bench-import (issue 12): the storage part of `marginalia-cli import --defer-index`,
done by a plain Python script on the same files into the same kind of project file, in the same run.

For each file: read it, decode UTF-8 (a BOM dropped), clean line breaks and control characters, NFC, SHA-256 of
the UTF-8, length in code points and the last two characters, the non-empty lines as paragraphs with the speaker
label of a transcript turn; then, in one transaction with the project's pragmas (WAL, synchronous=FULL, foreign keys),
look for a document with the same text and the same name, insert the document, its waiting-list row, its paragraphs
and a journal entry, as the importer does.

    import_storage.py PROJECT FILE...      (PROJECT: an empty project made by `marginalia-cli new`)
"""

import datetime
import hashlib
import json
import re
import sqlite3
import sys
import unicodedata
import uuid

# As core/text/Paragraphs.cpp: one to three short words, at least one letter, then ':' or '：'.
LABEL = re.compile(r"^\s*((?:[\w.()-]{1,20})(?:[ \u3000][\w.()-]{1,20}){0,2})\s*[:：]")
LETTER = re.compile(r"[^\W\d_]")
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
BREAKS = re.compile("\r\n|[\r\x0b\x0c\u2028\u2029\x85]")


def clean(text):
    if text.startswith("\ufeff"):
        text = text[1:]
    text = BREAKS.sub("\n", text)
    text = CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def paragraphs(text):
    start = 0
    number = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            number += 1
            match = LABEL.match(line)
            speaker = match.group(1) if match and LETTER.search(match.group(1)) else None
            yield number, start, end, speaker
        start = end + 1


def main():
    project, files = sys.argv[1], sys.argv[2:]
    db = sqlite3.connect(project, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("BEGIN IMMEDIATE")
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    coder = db.execute("SELECT id FROM coders WHERE name = 'bench'").fetchone()
    if coder is None:
        coder = (db.execute("INSERT INTO coders(guid, name) VALUES (?, 'bench')", (str(uuid.uuid4()),)).lastrowid,)
    for path in files:
        with open(path, "rb") as f:
            raw = f.read()
        text = clean(raw.decode("utf-8"))
        utf8 = text.encode("utf-8")
        digest = hashlib.sha256(utf8).hexdigest()
        name = path.rsplit("/", 1)[-1]
        if db.execute("SELECT id FROM documents WHERE content_hash = ?", (digest,)).fetchone():
            continue
        db.execute("SELECT 1 FROM documents WHERE name = ?", (name,)).fetchone()
        guid = str(uuid.uuid4())
        cursor = db.execute(
            "INSERT INTO documents(guid, name, length, tail, content_hash, source_format, source_encoding, "
            "source_path, memo, imported_at, imported_by, text) VALUES (?, ?, ?, ?, ?, 'txt', 'UTF-8', ?, NULL, ?, ?, ?)",
            (guid, name, len(text), text[-2:], digest, path, now, coder[0], text))
        document = cursor.lastrowid
        db.execute("INSERT INTO document_fts_pending(document_id) VALUES (?)", (document,))
        db.executemany("INSERT INTO paragraphs(document_id, number, start, end, speaker) VALUES (?, ?, ?, ?, ?)",
                       ((document,) + p for p in paragraphs(text)))
        db.execute("INSERT INTO journal(at, coder, action, detail) VALUES (?, 'bench', 'add document', ?)",
                   (now, json.dumps({"document": name, "guid": guid}, ensure_ascii=False)))
    db.execute("COMMIT")
    db.close()


if __name__ == "__main__":
    main()
