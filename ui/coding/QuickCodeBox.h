#pragma once

#include <QFrame>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace marginalia {

class CodebookModel;

// A small popup with a line edit and type-ahead over the code paths: Enter codes the selection
// with the chosen code (or, for a name that is no code yet, with a new code of that name);
// Escape closes it.
class QuickCodeBox final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickCodeBox)

public:
    explicit QuickCodeBox(CodebookModel *codes, QWidget *parent = nullptr);

    // Shows the box centred over the parent, empty and focused.
    void popup();
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void codeChosen(qint64 codeId);
    void newCodeRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void accept();
    void updateCompletions();

    CodebookModel *m_codes;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStringListModel *m_paths;
};

} // namespace marginalia
