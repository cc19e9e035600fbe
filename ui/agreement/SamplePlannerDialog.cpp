#include "agreement/SamplePlannerDialog.h"

#include "coding/RecordedEditCommand.h"
#include "context/ProjectContext.h"
#include "project/AgreementRound.h"
#include "project/DocumentStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace marginalia {

SamplePlannerDialog::SamplePlannerDialog(ProjectContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_share(new QDoubleSpinBox(this))
    , m_attribute(new QComboBox(this))
    , m_seed(new QSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_blind(new QCheckBox(tr("Open a &blind round on the sample"), this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Plan Double-Coding Sample"));
    m_share->setObjectName(QStringLiteral("sampleShare"));
    m_share->setRange(1, 100);
    m_share->setDecimals(0);
    m_share->setValue(20);
    m_share->setSuffix(tr(" %"));
    m_share->setToolTip(tr("The share of each stratum's documents to draw (at least one each); 10–25 % is usual"));
    m_attribute->setObjectName(QStringLiteral("sampleAttribute"));
    m_attribute->addItem(tr("(no strata)"), QString());
    auto definitions = DocumentStore(context->project()).attributeDefinitions();
    for (const AttributeDefinition &definition : definitions ? *definitions : QList<AttributeDefinition>())
        m_attribute->addItem(definition.name, definition.name);
    m_attribute->setCurrentIndex(qMax(0, m_attribute->findData(QStringLiteral("site"))));
    m_seed->setObjectName(QStringLiteral("sampleSeed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(static_cast<int>(kDefaultBootstrapSeed));
    m_seed->setToolTip(tr("The same seed draws the same sample on every computer"));
    m_name->setObjectName(QStringLiteral("sampleName"));
    m_name->setText(tr("agreement sample"));
    m_name->setToolTip(tr("The sample is saved as a yes/no document attribute of this name"));
    m_blind->setObjectName(QStringLiteral("sampleBlindRound"));
    m_blind->setChecked(true);
    m_blind->setToolTip(tr("While the round is open, each coder sees only their own codings on the sample's documents"));
    m_preview->setObjectName(QStringLiteral("samplePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Sh&are of documents:"), m_share);
    form->addRow(tr("S&tratified by:"), m_attribute);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(tr("Save as set &name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_blind);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_share, &QDoubleSpinBox::valueChanged, this, &SamplePlannerDialog::redraw);
    connect(m_attribute, &QComboBox::currentIndexChanged, this, &SamplePlannerDialog::redraw);
    connect(m_seed, &QSpinBox::valueChanged, this, &SamplePlannerDialog::redraw);
    connect(m_name, &QLineEdit::textChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_sample.documentIds.isEmpty()
                                                                            && !m_name->text().trimmed().isEmpty()); });
    redraw();
}

void SamplePlannerDialog::redraw()
{
    auto sample = AgreementSampler(m_context->project())
                      .draw(m_share->value() / 100.0, m_attribute->currentData().toString(),
                            static_cast<quint64>(m_seed->value()));
    if (!sample) {
        m_sample = {};
        m_preview->setText(sample.error());
    } else {
        m_sample = *sample;
        QStringList lines;
        lines.append(tr("%n document(s) drawn:", nullptr, static_cast<int>(m_sample.documentIds.size())));
        for (const AgreementSampleStratum &stratum : m_sample.strata) {
            const QString value = m_sample.attribute.isEmpty() ? tr("all documents")
                                  : stratum.value.isEmpty()    ? tr("(no value)")
                                                               : stratum.value;
            lines.append(tr("%1: %2 of %3 — %4")
                             .arg(value)
                             .arg(stratum.drawnIds.size())
                             .arg(stratum.documents)
                             .arg(stratum.drawn.join(QStringLiteral(", "))));
        }
        m_preview->setText(lines.join(u'\n'));
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_sample.documentIds.isEmpty()
                                                          && !m_name->text().trimmed().isEmpty());
}

bool SamplePlannerDialog::save()
{
    if (m_sample.documentIds.isEmpty())
        return false;
    const QString name = m_name->text().trimmed();
    const AgreementSample sample = m_sample;
    const bool blind = m_blind->isChecked();
    Project &project = m_context->project();
    return RecordedEditCommand::run(m_context,
                                    blind ? tr("Draw sample “%1” and open a blind round").arg(name)
                                          : tr("Draw sample “%1”").arg(name),
                                    ProjectContext::Attributes | ProjectContext::Codings,
                                    [&project, sample, name, blind]() -> Result<void> {
                                        if (auto saved = AgreementSampler(project).save(sample, name); !saved)
                                            return saved;
                                        if (blind)
                                            return AgreementRounds(project).open(name);
                                        return {};
                                    });
}

void SamplePlannerDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace marginalia
