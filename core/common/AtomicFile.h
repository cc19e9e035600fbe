#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QIODevice>
#include <QString>

namespace marginalia {

// A file written whole or not at all. The bytes go to a temporary file beside the target
// (".<name>.marginalia-tmp-<pid>-XXXXXX", so that a killed writer's leftovers are recognised as ours); every write is
// checked; commit() flushes and fsyncs it, gives it the permissions the target would have (the old file's mode when
// replacing one, else 0666 & ~umask like any file the user makes), renames it over the target and fsyncs the folder.
// Any failure removes the temporary, leaves the old target untouched and returns a sentence with the real cause
// ("the disk is full", "permission denied", ...). A target that is a symbolic link is followed (the link stays).
//
// It is a QIODevice (write-only, random access), so zip writers (QuaZip(QIODevice *)) and QTextDocumentWriter can
// write into it directly; a device that closes it (QuaZip does) does not end it: only commit() or discard() does.
// Destroyed without commit(), it discards.
class AtomicFile : public QIODevice
{
public:
    explicit AtomicFile(QString target, QObject *parent = nullptr);
    ~AtomicFile() override;

    // Creates the temporary file and opens the device for writing.
    Result<void> begin();
    // A checked write of all the bytes.
    Result<void> append(QByteArrayView bytes);
    // Makes the written bytes the target. After a failure nothing of them is left.
    Result<void> commit();
    // Drops the temporary file; the target stays as it was.
    void discard();

    const QString &target() const { return m_target; }
    // errno of the first failed write (0: none so far).
    int writeError() const { return m_error; }
    const QString &temporaryPath() const { return m_temporary; }

    // The whole file in one call: begin, append, commit.
    static Result<void> write(const QString &target, QByteArrayView bytes);

    // Removes the temporaries a killed writer left beside target (ours by name, whose process is gone or which are
    // older than a day). Returns how many were removed.
    static int removeStaleTemporaries(const QString &target);

    // What the user would call the error: "the disk is full (No space left on device)".
    static QString describeError(int error);

    // Tests: from now on, each write fails with `error` once `afterBytes` bytes have been written to the current
    // temporary file (afterBytes < 0: no failure).
    static void injectWriteFailure(qint64 afterBytes, int error);

    bool isSequential() const override { return false; }
    qint64 size() const override;
    void close() override;   // ends the device's writing; the file waits for commit() or discard()

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    Result<void> fail(const QString &what, int error);

    QString m_target;
    QString m_temporary;
    int m_fd = -1;
    int m_error = 0;        // the first write error (errno), 0 if none
    qint64 m_written = 0;   // bytes written, for the injected failure
};

} // namespace marginalia
