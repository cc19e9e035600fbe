#pragma once

#include "compare/AgreementModel.h"
#include "compare/CompareTab.h"
#include "compare/DisagreementModel.h"
#include "text/Segmenter.h"

class QLabel;
class QListWidget;

namespace marginalia {

// Inter-coder agreement of the chosen coders per code (percent agreement, Cohen's kappa, Krippendorff's alpha; at
// the character and the document level), the definitions, and the disagreements for review. Double-clicking a code
// lists its disagreements; double-clicking a disagreement jumps to it.
class AgreementTab final : public CompareTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementTab)

public:
    explicit AgreementTab(ProjectContext *context, QWidget *parent = nullptr);

    QTableView *table() const override;
    AgreementModel *model() const { return m_model; }
    DisagreementModel *disagreementModel() const { return m_disagreementModel; }
    QTableView *agreementView() const { return m_view; }
    QTableView *disagreementView() const { return m_disagreementView; }
    QListWidget *coderList() const { return m_coders; }
    // Checks exactly these coders (and recomputes).
    void chooseCoders(const QStringList &coders);
    QStringList chosenCoders() const;
    QList<Passage> passagesAt(const QModelIndex &index);

Q_SIGNALS:
    void jumpRequested(qint64 documentId, TextSpan span);

protected:
    void reload() override;
    void reloadChoices() override;

private:
    AgreementModel *m_model;
    DisagreementModel *m_disagreementModel;
    QTableView *m_view;
    QTableView *m_disagreementView;
    QListWidget *m_coders;
    QLabel *m_summary;
};

} // namespace marginalia
