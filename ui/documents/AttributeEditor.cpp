#include "documents/AttributeEditor.h"

#include "documents/AttributeTableModel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace marginalia {

AttributeEditor::AttributeEditor(AttributeTableModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Document Attributes"));
    setModal(false);
    resize(720, 480);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);

    auto *hint = new QLabel(tr("Type in a cell, or paste a column of values (one per line) with %1.")
                                .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *add = buttons->addButton(tr("Add Attribute…"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, &AttributeEditor::addAttribute);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

void AttributeEditor::addAttribute()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Attribute"), tr("Name of the new attribute:"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        m_model->addColumn(name);
}

bool AttributeEditor::paste(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        line.remove(QLatin1Char('\r'));
        line = line.section(QLatin1Char('\t'), 0, 0);   // the first column of what was copied
    }
    return m_model->pasteColumn(m_view->currentIndex(), lines);
}

bool AttributeEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        paste(QGuiApplication::clipboard()->text());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace marginalia
