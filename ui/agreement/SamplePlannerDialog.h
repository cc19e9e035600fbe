#pragma once

#include "analysis/AgreementSample.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace marginalia {

class ProjectContext;

// Plans the double-coding sample (O'Connor & Joffe 2020 suggest 10–25 % of the data): a share of the documents
// (default 20 %), stratified by an attribute (site by default), drawn with a seed (AgreementSampler), previewed
// per stratum, and saved as a named set — a yes/no document attribute, as `agreement-sample --save` does —
// optionally opening a blind round on it. Saving is one undoable edit.
class SamplePlannerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SamplePlannerDialog)

public:
    explicit SamplePlannerDialog(ProjectContext *context, QWidget *parent = nullptr);

    QDoubleSpinBox *shareSpin() const { return m_share; }
    QComboBox *attributeCombo() const { return m_attribute; }
    QSpinBox *seedSpin() const { return m_seed; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *blindCheck() const { return m_blind; }
    QLabel *previewLabel() const { return m_preview; }
    // The sample the dialog shows (empty when it cannot be drawn; previewLabel() says why).
    const AgreementSample &sample() const { return m_sample; }
    // Saves the sample (and opens the round when asked) as one undoable edit; false if it failed (the user was told).
    bool save();

    void accept() override;

private:
    void redraw();

    ProjectContext *m_context;
    QDoubleSpinBox *m_share;
    QComboBox *m_attribute;
    QSpinBox *m_seed;
    QLineEdit *m_name;
    QCheckBox *m_blind;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
    AgreementSample m_sample;
};

} // namespace marginalia
