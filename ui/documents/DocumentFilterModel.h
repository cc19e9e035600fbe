#pragma once

#include <QSortFilterProxyModel>

namespace marginalia {

// Keeps the documents whose name or any attribute value contains the filter text (and the
// groups holding them); sorts numbers as numbers.
class DocumentFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentFilterModel)

public:
    explicit DocumentFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace marginalia
