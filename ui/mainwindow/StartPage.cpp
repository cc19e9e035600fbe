#include "mainwindow/StartPage.h"

#include "settings/Settings.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace marginalia {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("Welcome to Marginalia"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    title->setFont(font);
    auto *intro = new QLabel(tr("Open a project, start a new one, or explore the demo project with transcripts "
                                "and observations from four field sites."),
                             this);
    intro->setWordWrap(true);
    auto *open = new QPushButton(tr("Open Project…"), this);
    auto *create = new QPushButton(tr("New Project…"), this);
    auto *demo = new QPushButton(tr("Open the Demo Project"), this);
    open->setObjectName(QStringLiteral("openButton"));
    create->setObjectName(QStringLiteral("newButton"));
    demo->setObjectName(QStringLiteral("demoButton"));
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(create, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentRequested(item->data(Qt::UserRole).toString()); });

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(open);
    column->addWidget(create);
    column->addWidget(demo);
    column->addSpacing(12);
    column->addWidget(new QLabel(tr("Recent projects:"), this));
    m_recent->setMaximumHeight(260);
    column->addWidget(m_recent);
    column->addStretch(1);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
    reloadRecent();
}

void StartPage::reloadRecent()
{
    m_recent->clear();
    for (const QString &path : Settings().recentProjects()) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setToolTip(QStringLiteral("<p>%1</p>").arg(path.toHtmlEscaped()));   // shown as typed, never as markup
        item->setData(Qt::UserRole, path);
    }
}

} // namespace marginalia
