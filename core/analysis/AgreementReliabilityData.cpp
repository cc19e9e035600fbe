#include "analysis/AgreementReliabilityData.h"

#include "report/CsvField.h"

#include <QDir>
#include <QFileInfo>

namespace marginalia {

ReliabilityDataWriter::ReliabilityDataWriter(const QString &path)
    : m_matrix(path)
    , m_units(unitsPathFor(path))
{
}

QString ReliabilityDataWriter::unitsPathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".units.csv"));
}

bool ReliabilityDataWriter::open(const QStringList &coders)
{
    if (!m_matrix.open(QIODevice::WriteOnly) || !m_units.open(QIODevice::WriteOnly))
        return false;
    QStringList header;
    for (const QString &coder : coders)
        header.append(csvTextField(coder));
    m_matrix.write(header.join(u',').toUtf8() + '\n');
    m_units.write("row,code,document,start,end\n");
    return true;
}

void ReliabilityDataWriter::add(const ReliabilityRow &row)
{
    QByteArray line;
    for (qsizetype i = 0; i < row.values.size(); ++i) {
        if (i)
            line += ',';
        line += row.values[i] < 0 ? QByteArrayLiteral("NA") : QByteArray::number(row.values[i]);
    }
    m_matrix.write(line + '\n');
    ++m_rows;
    m_units.write(QStringLiteral("%1,%2,%3,%4,%5\n")
                      .arg(m_rows)
                      .arg(csvTextField(row.codePath), csvTextField(row.document))
                      .arg(row.start)
                      .arg(row.end)
                      .toUtf8());
}

bool ReliabilityDataWriter::commit()
{
    return m_matrix.commit() && m_units.commit();
}

QString ReliabilityDataWriter::errorString() const
{
    return m_matrix.error() != QFileDevice::NoError ? m_matrix.errorString() : m_units.errorString();
}

} // namespace marginalia
