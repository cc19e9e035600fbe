#include "segments/SegmentsPane.h"

#include "context/ProjectContext.h"
#include "project/ChangeRecorder.h"
#include "project/DocumentStore.h"
#include "segments/SegmentsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace marginalia {

namespace {

const QString kSite = QStringLiteral("site");
const QString kKind = QStringLiteral("kind");

} // namespace

SegmentsPane::SegmentsPane(ProjectContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new SegmentsModel(context, this))
    , m_subcodes(new QCheckBox(tr("With sub-codes"), this))
    , m_site(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_coder(new QComboBox(this))
    , m_view(new QTableView(this))
{
    m_subcodes->setChecked(true);
    m_site->setToolTip(tr("Only passages from documents of this site"));
    m_kind->setToolTip(tr("Only passages from documents of this kind"));
    m_coder->setToolTip(tr("Only passages coded by this coder"));
    m_view->setObjectName(QStringLiteral("segmentsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SegmentsModel::TextColumn, QHeaderView::Stretch);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    connect(m_subcodes, &QCheckBox::toggled, this, &SegmentsPane::applyFilter);
    for (QComboBox *combo : {m_site, m_kind, m_coder})
        connect(combo, &QComboBox::activated, this, &SegmentsPane::applyFilter);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const CodedSegment *segment = m_model->segment(index))
            Q_EMIT jumpRequested(segment->documentId, {segment->start, segment->end});
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentCodingChanged(currentCodingId()); });
    connect(m_context, &ProjectContext::changed, this, [this](ProjectContext::Changes changes) {
        // An edit of codings alone (coding, uncoding, a memo, their undo and redo) patches the rows of the documents
        // it touched (issue 12); anything else, or an edit without a footprint, reads the list again.
        const ChangeFootprint *footprint = m_context->editFootprint();
        if (footprint && !(changes & (ProjectContext::Attributes | ProjectContext::Documents | ProjectContext::Codes))
            && m_model->patch(*footprint)) {
            if (footprint->touches("coders"))
                reloadFilters();   // a coder's first coding: the coder filter lists them
            return;
        }
        if (changes & (ProjectContext::Attributes | ProjectContext::Documents))
            reloadFilters();
        if (changes & (ProjectContext::Codings | ProjectContext::Codes | ProjectContext::Documents | ProjectContext::Memos
                       | ProjectContext::Attributes))
            applyFilter();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_subcodes);
    filters->addWidget(m_site, 1);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_coder, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    reloadFilters();
}

void SegmentsPane::fillCombo(QComboBox *combo, const QString &allText, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void SegmentsPane::reloadFilters()
{
    auto values = DocumentStore(m_context->project()).attributeValues();
    const QMap<QString, QStringList> attributeValues = values ? *values : QMap<QString, QStringList>();
    fillCombo(m_site, tr("All sites"), attributeValues.value(kSite));
    fillCombo(m_kind, tr("All kinds"), attributeValues.value(kKind));
    auto coders = m_context->project().coderNames();
    fillCombo(m_coder, tr("All coders"), coders ? *coders : QStringList());
}

void SegmentsPane::setCodes(const QList<qint64> &codeIds)
{
    m_codeIds = codeIds;
    applyFilter();
}

void SegmentsPane::applyFilter()
{
    CodingFilter filter;
    filter.codeIds = m_codeIds;
    filter.includeSubcodes = m_subcodes->isChecked();
    if (const QString site = m_site->currentData().toString(); !site.isEmpty())
        filter.attributes.insert(kSite, {site});
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        filter.attributes.insert(kKind, {kind});
    if (const QString coder = m_coder->currentData().toString(); !coder.isEmpty())
        filter.coders = {coder};
    m_model->setFilter(filter);
    m_view->resizeColumnToContents(SegmentsModel::DocumentColumn);
    m_view->resizeColumnToContents(SegmentsModel::CodeColumn);
    m_view->resizeColumnToContents(SegmentsModel::ParagraphColumn);
}

qint64 SegmentsPane::currentCodingId() const
{
    const CodedSegment *segment = m_model->segment(m_view->currentIndex());
    if (!segment)
        return 0;
    // A passage of several coders: the current coder's own coding where there is one.
    const qsizetype mine = segment->coders.indexOf(m_context->project().currentCoder());
    return mine >= 0 && mine < segment->codingIds.size() ? segment->codingIds.at(mine) : segment->id;
}

} // namespace marginalia
