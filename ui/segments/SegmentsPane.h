#pragma once

#include "text/Segmenter.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QTableView;

namespace marginalia {

class ProjectContext;
class SegmentsModel;

// Every passage coded with the selected codes (optionally their sub-codes too), filtered by
// site, kind and coder, each with its context. Double-click jumps to the passage.
class SegmentsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentsPane)

public:
    SegmentsPane(ProjectContext *context, QWidget *parent = nullptr);

    void setCodes(const QList<qint64> &codeIds);
    void reloadFilters();
    SegmentsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 currentCodingId() const;

Q_SIGNALS:
    void jumpRequested(qint64 documentId, TextSpan span);
    void currentCodingChanged(qint64 codingId);

private:
    void applyFilter();
    static void fillCombo(QComboBox *combo, const QString &allText, const QStringList &values);

    ProjectContext *m_context;
    SegmentsModel *m_model;
    QList<qint64> m_codeIds;
    QCheckBox *m_subcodes;
    QComboBox *m_site;
    QComboBox *m_kind;
    QComboBox *m_coder;
    QTableView *m_view;
};

} // namespace marginalia
