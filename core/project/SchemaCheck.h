#pragma once

#include "common/Result.h"

#include <QString>

namespace marginalia {

class Database;

// Checks that a project file's schema is exactly what Marginalia creates for its format version:
// every table, index, view and trigger in sqlite_schema is compared (whitespace normalised) with
// the objects a fresh project of that format has (Schema.cpp keeps every past format's statements).
// A project file comes from other people: a trigger added to it would run on the user's edits, a
// view put in place of a table could make every query endless. Anything else is refused before
// any statement touches the data.
class SchemaCheck
{
public:
    // The matching layout of that format (0 for formats with one layout), or a sentence naming the
    // first difference ("contains a trigger Marginalia did not create: …").
    static Result<int> verify(Database &db, int formatVersion);

    // What verify() compares a file of that format with, in a few characters: the format version and a digest of the
    // statements Schema.cpp creates its layouts with (and of the SQLite version, which writes FTS5's shadow tables).
    // CheckedFiles remembers it with a file that passed, so that a program with another schema checks again.
    static QString fingerprint(int formatVersion);
};

} // namespace marginalia
