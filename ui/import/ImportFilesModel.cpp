#include "import/ImportFilesModel.h"

#include "text/Paragraphs.h"

#include <QBrush>
#include <QFileInfo>
#include <QPalette>

namespace marginalia {

ImportFilesModel::ImportFilesModel(const QStringList &paths, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const QString &path : paths)
        m_files.append({path, QFileInfo(path).fileName(), {}, {}, {}, false, false, {}});
}

int ImportFilesModel::rowOf(const QString &path) const
{
    for (int row = 0; row < m_files.size(); ++row) {
        if (m_files.at(row).path == path)
            return row;
    }
    return -1;
}

ImportFilesModel::Detection ImportFilesModel::detect(const Result<ReadDocument> &read)
{
    Detection detection;
    detection.done = true;
    if (!read) {
        detection.error = read.error();
        return detection;
    }
    detection.format = read->format;
    detection.encoding = read->encoding;
    detection.confidence = read->encodingConfidence;
    detection.alternative = read->encodingAlternative;
    detection.speakers = detectSpeakers(read->text);
    return detection;
}

QString ImportFilesModel::encodingText(const Detection &detection)
{
    if (!detection.done)
        return tr("reading…");
    if (!detection.error.isEmpty())
        return tr("cannot be read");
    if (detection.encoding.isEmpty())
        return tr("%1 (no encoding)").arg(detection.format.toUpper());
    switch (detection.confidence) {
    case EncodingConfidence::Given:
        return tr("%1 (given)").arg(detection.encoding);
    case EncodingConfidence::Certain:
        return tr("%1 (certain)").arg(detection.encoding);
    case EncodingConfidence::Likely:
        return detection.alternative.isEmpty() ? tr("%1 (likely)").arg(detection.encoding)
                                               : tr("%1 (likely; %2 possible)").arg(detection.encoding, detection.alternative);
    case EncodingConfidence::Uncertain:
        return detection.alternative.isEmpty() ? tr("%1 (uncertain)").arg(detection.encoding)
                                               : tr("%1 (uncertain; may be %2)").arg(detection.encoding, detection.alternative);
    }
    return detection.encoding;
}

void ImportFilesModel::setDetected(const QString &path, const Detection &detection)
{
    const int row = rowOf(path);
    if (row < 0)
        return;
    m_files[row].detection = detection;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ImportFilesModel::setEncodingChoice(int row, const QString &encoding)
{
    if (row < 0 || row >= m_files.size() || m_files.at(row).encodingChoice == encoding)
        return;
    m_files[row].encodingChoice = encoding;
    Q_EMIT dataChanged(index(row, EncodingColumn), index(row, EncodingColumn));
}

void ImportFilesModel::applyToAll(int column, const QString &value, bool keepOwn)
{
    if (column != SiteColumn && column != KindColumn)
        return;
    const bool site = column == SiteColumn;
    for (File &file : m_files) {
        bool &own = site ? file.ownSite : file.ownKind;
        if (keepOwn && own)
            continue;
        own = false;
        (site ? file.site : file.kind) = value.trimmed();
    }
    if (!m_files.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(static_cast<int>(m_files.size()) - 1, column));
}

ImportOptions ImportFilesModel::options(const QString &siteAttribute, const QString &kindAttribute,
                                        const QString &speakersAttribute) const
{
    ImportOptions options;
    options.speakersAttribute = speakersAttribute;
    for (const File &file : m_files) {
        FileImportOptions own;
        own.encoding = file.encodingChoice;
        if (!file.site.isEmpty())
            own.attributes.insert(siteAttribute, file.site);
        if (!file.kind.isEmpty())
            own.attributes.insert(kindAttribute, file.kind);
        options.files.insert(file.path, own);
    }
    return options;
}

int ImportFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_files.size());
}

int ImportFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportFilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_files.size())
        return {};
    const File &file = m_files.at(index.row());
    const Detection &detection = file.detection;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case FileColumn: return file.name;
        case EncodingColumn:
            if (!file.encodingChoice.isEmpty())
                return tr("%1 (chosen)").arg(file.encodingChoice);
            return encodingText(detection);
        case SiteColumn: return file.site;
        case KindColumn: return file.kind;
        case SpeakersColumn: return detection.speakers.join(QStringLiteral(", "));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == FileColumn)
            return file.path;
        if (!detection.error.isEmpty())
            return detection.error;
        if (index.column() == SpeakersColumn && !detection.speakers.isEmpty())
            return tr("Lines starting with these labels are speaker turns; they are stored as the attribute "
                      "“speakers”.");
    }
    if (role == Qt::ForegroundRole && index.column() == EncodingColumn && file.encodingChoice.isEmpty()
        && (!detection.error.isEmpty() || detection.confidence == EncodingConfidence::Uncertain))
        return QBrush(Qt::darkRed);
    return {};
}

bool ImportFilesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_files.size()
        || (index.column() != SiteColumn && index.column() != KindColumn))
        return false;
    File &file = m_files[index.row()];
    const bool site = index.column() == SiteColumn;
    (site ? file.site : file.kind) = value.toString().trimmed();
    (site ? file.ownSite : file.ownKind) = true;
    Q_EMIT dataChanged(index, index);
    return true;
}

QVariant ImportFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn: return tr("File");
    case EncodingColumn: return tr("Encoding");
    case SiteColumn: return tr("Site");
    case KindColumn: return tr("Kind");
    case SpeakersColumn: return tr("Speakers");
    default: return {};
    }
}

Qt::ItemFlags ImportFilesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == SiteColumn || index.column() == KindColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace marginalia
