#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace Core {
class Store;
}

namespace Ui {

// The toolbar search: free words plus tag:"..." / topic:"..." terms. While
// the cursor is in a tag term, known topics are offered as completions.
class SearchField final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchField)

public:
    explicit SearchField(Core::Store *store, QWidget *parent = nullptr);
    ~SearchField() override;

    // The words and topics of a query, for highlighting in the pane.
    static QStringList highlightTerms(const QString &query);
    QCompleter *topicCompleter() const { return m_completer; }

Q_SIGNALS:
    void searchRequested(const QString &query);
    void searchCleared();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The tag term under the cursor: its start, and the prefix typed so far.
    bool tagTermAtCursor(int *start, QString *prefix) const;
    void updateCompletions();
    void insertTopic(const QString &topic);

    Core::Store *m_store;
    QCompleter *m_completer;
    QStringListModel *m_topics;
};

} // namespace Ui
