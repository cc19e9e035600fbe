#pragma once

#include "analysis/Agreement.h"

#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace marginalia {

// The reliability data of an agreement, written while it is computed (AgreementOptions::onUnit): FILE holds the
// matrix R's irr and the K-Alpha calculator read (a header of coder names, one row per unit, 1 / 0 / NA), and FILE's
// ".units.csv" sibling says which code, document and span each row is. Both are written to temporary files and
// take their names only on commit(): a failure or an abandoned export leaves no file.
class ReliabilityDataWriter
{
public:
    explicit ReliabilityDataWriter(const QString &path);

    // "data.csv" -> "data.units.csv", beside it.
    static QString unitsPathFor(const QString &path);
    QString unitsPath() const { return m_units.fileName(); }

    bool open(const QStringList &coders);
    void add(const ReliabilityRow &row);
    bool commit();
    QString errorString() const;
    qint64 rows() const { return m_rows; }

private:
    QSaveFile m_matrix;
    QSaveFile m_units;
    qint64 m_rows = 0;
};

} // namespace marginalia
