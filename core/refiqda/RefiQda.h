#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace marginalia {

class Project;

// REFI-QDA interchange (QDA-XML 1.0): .qdpx projects (a zip of project.qde and sources/) and
// .qdc codebooks. Positions are Unicode code points, as the project stores them.

struct InterchangeProgress
{
    qint64 done = 0;
    qint64 total = 0;
    QString stage;   // a short phrase for a progress dialog: "Writing sources", "Importing codings", ...
};

// Called now and then during long work; returning false cancels it. A cancelled or failed
// operation leaves nothing behind: no half-written archive, no half-imported project.
using InterchangeProgressCallback = std::function<bool(const InterchangeProgress &)>;

// The program that will read an export. The standard counts positions in code points; NVivo
// and QualCoder read them as UTF-16 units (they differ after emoji and other characters outside
// the Basic Multilingual Plane). QualCoder turns <Sets> into extra attributes, so it gets none.
enum class ExportTarget { Standard, NVivo, QualCoder, AtlasTi, Maxqda };

struct RefiExportReport
{
    QString path;
    qint64 coders = 0;
    qint64 codes = 0;
    qint64 documents = 0;
    qint64 codings = 0;
    qint64 notes = 0;
    qint64 variables = 0;
    qint64 cases = 0;
    qint64 sets = 0;
    ExportTarget target = ExportTarget::Standard;
    bool utf16Positions = false;   // positions written as UTF-16 units (for NVivo, QualCoder)
    qint64 guidsReplaced = 0;      // stored GUIDs that were not GUIDs (a crafted project): written as new ones
    bool extrasWritten = false;    // Marginalia's own settings in their entry (ProjectExtras; standard target only)
};

enum class PositionUnits {
    Detect,       // code points, unless the selections only fit the text as UTF-16 units
    CodePoints,   // what the standard means by characters, and what Marginalia writes
    Utf16Units,   // what some producers write (differs only for characters outside the BMP)
};

struct RefiImportOptions
{
    // Zip-bomb fences, each checked against the directory's claim and the bytes inflated:
    // no entry may inflate past maxEntryBytes (project.qde is parsed as it inflates, so this is
    // about time and disk, not memory); an entry read whole into memory (a source text, a note)
    // not past maxReadBytes; all of them together not past maxTotalBytes; and no entry, once
    // past ratioGuardFromBytes, may inflate to maxCompressionRatio times its compressed size
    // (text and XML deflate 3 to 20 times; bombs a thousandfold).
    // The compressed size a ratio is measured against is never taken above the archive's own size,
    // so a header that lies about it gains nothing.
    qint64 maxEntryBytes = qint64(4) * 1024 * 1024 * 1024;
    qint64 maxReadBytes = qint64(64) * 1024 * 1024;      // one source text: some ten million words
    qint64 maxTotalBytes = qint64(4) * 1024 * 1024 * 1024;
    qint64 maxCompressionRatio = 200;
    qint64 ratioGuardFromBytes = qint64(1) * 1024 * 1024;
    qint64 maxEntries = 100000;
    // What the XML (project.qde, a .qdc) holds, counted as it inflates, before the parser sees it:
    // the longest text, attribute value or comment; element nesting; elements altogether. Real
    // files: descriptions of kilobytes, a dozen levels, a few elements per coding; a source's text
    // inline (PlainTextContent) may be as long as a source text file (maxReadBytes).
    qint64 maxXmlTextBytes = qint64(64) * 1024 * 1024;
    qint64 maxXmlDepth = 256;
    qint64 maxXmlElements = 50'000'000;
    PositionUnits positionUnits = PositionUnits::Detect;
    QString encoding;   // decode source files with this encoding; empty: detect
    QString coder;      // who imports (the journal's coder; codings without a user are theirs)
};

// Something in the file that was not imported, and why.
struct RefiSkipped
{
    QString item;     // "selection 1f0c… in source 'Interview 3'", "PictureSource 'Map'"
    QString reason;
};

// The unit one source's positions were read in, and why.
struct RefiPositionChoice
{
    QString source;
    PositionUnits unit = PositionUnits::CodePoints;
    bool forced = false;   // chosen by the user (--positions), not by the evidence
    bool weak = false;     // the evidence does not settle it: check a few codings by eye
    QString evidence;
};

struct RefiImportReport
{
    QString file;
    QString project;
    qint64 coders = 0;
    qint64 codes = 0;
    qint64 codesMatched = 0;    // .qdc: codes the project had already
    qint64 documents = 0;
    qint64 codings = 0;
    qint64 collapsedCodings = 0;
    QStringList collapsedAliases;   // "collapsed GUID -> kept GUID"
    qint64 notes = 0;
    qint64 attributes = 0;
    qint64 cases = 0;
    QList<RefiSkipped> skipped;
    // Sources that could not be stored at all (their text is missing or unreadable): the import is partial.
    qint64 sourcesNotStored = 0;
    QString producer;   // the file's origin attribute
    QList<RefiPositionChoice> positions;   // one per source with selections
    // What was adjusted while importing: positions converted from UTF-16 units, line endings
    // normalised, categories imported as codes, elements ignored, names changed.
    QStringList warnings;
    // Marginalia's own settings read from the archive's entry of them (ProjectExtras), when it has one.
    qint64 codeKeysAssigned = 0;
    qint64 dictionaryWords = 0;
};


struct RefiExportOptions
{
    ExportTarget target = ExportTarget::Standard;
};

// "standard", "nvivo", "qualcoder", "atlasti", "maxqda"; nullopt for anything else.
std::optional<ExportTarget> exportTargetFromName(const QString &name);
QString exportTargetName(ExportTarget target);
// What the target gets, in a sentence (for --help, the README and the export dialog).
QString exportTargetDescription(ExportTarget target);

// Writes the whole project to a .qdpx archive (replacing an existing file only once the new
// one is complete).
Result<RefiExportReport> exportQdpx(Project &project, const QString &path,
                                    const InterchangeProgressCallback &progress = {});
Result<RefiExportReport> exportQdpx(Project &project, const QString &path, const RefiExportOptions &options,
                                    const InterchangeProgressCallback &progress = {});
// Writes the codebook to a .qdc file.
Result<RefiExportReport> exportQdc(Project &project, const QString &path);

// Creates a new project at projectPath from a .qdpx archive, in one transaction. On failure or
// cancel the new project file is removed. Archives with entries outside the archive (zip slip),
// entries that inflate past the limits, or XML declaring entities are refused outright.
Result<RefiImportReport> importQdpx(const QString &archivePath, const QString &projectPath,
                                    const RefiImportOptions &options = {},
                                    const InterchangeProgressCallback &progress = {});
// Adds a .qdc codebook to an existing project: codes matched by GUID, then by path; new ones added.
Result<RefiImportReport> importQdc(Project &project, const QString &qdcPath, const RefiImportOptions &options = {});

// The GUID REFI-QDA files give to an object derived from another (a memo's note, a coding's
// selection, an attribute's variable): stable, so that exports are reproducible.
QString derivedGuid(const QString &ownerGuid, QStringView role);

} // namespace marginalia
