#pragma once

#include "import/DocumentReader.h"
#include "import/Importer.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace marginalia {

// The files chosen for an import, one row each: what was detected in it (format, text encoding and how sure,
// the speakers of a transcript) and what the user gives it (site, kind, an encoding of their choosing). Site and
// kind are edited in place; the detection arrives per file (setDetected) as a background reader gets to it.
class ImportFilesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilesModel)

public:
    enum Column { FileColumn, EncodingColumn, SiteColumn, KindColumn, SpeakersColumn, ColumnCount };

    // What reading a file found.
    struct Detection
    {
        bool done = false;
        QString error;           // the file cannot be read (it will be refused)
        QString format;
        QString encoding;        // empty for formats without one
        EncodingConfidence confidence = EncodingConfidence::Certain;
        QString alternative;
        QStringList speakers;
    };

    struct File
    {
        QString path;
        QString name;
        QString encodingChoice;  // empty: detected
        QString site;
        QString kind;
        bool ownSite = false;    // set in the list for this file: the common value no longer follows into it
        bool ownKind = false;
        Detection detection;
    };

    explicit ImportFilesModel(const QStringList &paths, QObject *parent = nullptr);

    const File &file(int row) const { return m_files.at(row); }
    int rowOf(const QString &path) const;
    void setDetected(const QString &path, const Detection &detection);
    void setEncodingChoice(int row, const QString &encoding);
    // Site (SiteColumn) or kind (KindColumn) for every file; with keepOwn, files given their own value in the
    // list keep it.
    void applyToAll(int column, const QString &value, bool keepOwn = false);
    // The options for Importer: the common ones empty, each file's own site, kind and encoding.
    ImportOptions options(const QString &siteAttribute, const QString &kindAttribute,
                          const QString &speakersAttribute) const;

    // What reading a document found, as Detection (speakers by detectSpeakers).
    static Detection detect(const Result<ReadDocument> &read);
    // "GB18030 (certain)", "UTF-8 (likely; GBK possible)"…
    static QString encodingText(const Detection &detection);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<File> m_files;
};

} // namespace marginalia
