#include "report/Report.h"

#include "common/AtomicFile.h"

#include <memory>

// ReportWriter::write, the one function that reaches every format's writer (PDF lays text out with Qt Gui): kept
// apart from Report.cpp, so that a program that cites passages (marginalia-cli) links Report.cpp without Qt Gui.

namespace marginalia {

Result<void> ReportWriter::write(Project &project, const ReportData &data, ReportFormat format, const QString &path,
                                 const std::atomic_bool *cancelled)
{
    // Leftovers of a writer killed earlier go first; the report itself is written beside the target and renamed
    // over it, so a failure (a full disk, a kill, Cancel) leaves the previous report as it was.
    AtomicFile::removeStaleTemporaries(path);
    switch (format) {
    case ReportFormat::Pdf:
        return writePdf(project, data, path, nullptr, cancelled);
    case ReportFormat::Docx:
        return writeDocx(project, data, path, cancelled);
    case ReportFormat::Odt:
        return writeOdt(project, data, path, cancelled);
    case ReportFormat::Html:
    case ReportFormat::Markdown:
    case ReportFormat::Csv:
        break;
    }
    AtomicFile file(path);
    if (auto ok = file.begin(); !ok)
        return ok;
    std::unique_ptr<ReportSink> sink = format == ReportFormat::Html       ? makeHtmlSink(file)
                                       : format == ReportFormat::Markdown ? makeMarkdownSink(file)
                                                                          : makeCsvSink(file);
    // A failed write (a full disk) stops the reading at once; AtomicFile names the cause.
    auto stop = [&] { return file.writeError() != 0 || (cancelled != nullptr && cancelled->load()); };
    auto streamed = stream(project, data, *sink, stop);
    if (file.writeError() != 0) {
        const int error = file.writeError();
        file.discard();
        return failure(QStringLiteral("cannot write the report %1: %2").arg(path, AtomicFile::describeError(error)));
    }
    if (!streamed) {
        file.discard();
        return streamed;
    }
    return file.commit();
}

} // namespace marginalia
