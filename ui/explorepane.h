#pragma once

#include "ui/queryanswer.h"
#include "ui/queryrequest.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QCheckBox;
class QLabel;
class QTableWidget;
class QToolButton;
QT_END_NAMESPACE

namespace ewb::core {
class EmbeddingModel;
}

namespace ewb::ui {

class IndexBuilder;
class QueryController;
class QueryForm;
class QueryResultView;
class WordCompleter;

/// The explore pane: neighbours of a word or an expression, analogies answered by 3CosAdd and
/// 3CosMul side by side (with the rank of an expected answer), the similarity of two words,
/// the odd one out of a list, and, for two models side by side, the same question on both with
/// the neighbour overlap (Jaccard@k) of every query word. A click or Enter on any answer
/// explores that word; Back and Forward (Alt+Left, Alt+Right) walk the words explored.
/// Unknown words get spelling suggestions, and every field completes vocabulary words.
/// Queries run on the QueryController's worker thread. For a model A of more than
/// indexThreshold() words an IndexBuilder builds an hnswlib index in the background (progress
/// in the status bar); once it is ready, single-word neighbour queries use it and say so,
/// answering in about a millisecond where exact search takes tens. GUI thread only.
class ExplorePane : public QWidget
{
    Q_OBJECT

public:
    /// A: the model explored. B: the model compared with it.
    enum class Slot { A, B };

    explicit ExplorePane(QWidget *parent = nullptr);
    ~ExplorePane() override;

    /// Shows `model` (null: none) named `name` in a slot. The question on screen is asked again
    /// of the new model. Setting B enables comparing; clearing it turns comparing off.
    void setModel(Slot slot, std::shared_ptr<const core::EmbeddingModel> model,
                  const QString &name);
    std::shared_ptr<const core::EmbeddingModel> model(Slot slot) const;
    /// When on (and model B is set) every question is asked of both models.
    void setComparing(bool on);
    bool isComparing() const;

    /// Shows the neighbours of `word` (or expression) and records it in the history.
    void explore(const QString &word);
    /// Asks the question of the form's current tab.
    void runQuery();
    /// Walks the history of neighbour queries; no effect at its ends.
    void back();
    void forward();
    /// Neighbour queries asked, oldest first, and the position of the one shown.
    QStringList history() const { return m_history; }
    int historyIndex() const { return m_historyIndex; }

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QueryForm *form() const { return m_form; }
    QueryResultView *resultView(Slot slot) const;
    /// The Jaccard@k table of a comparison: word, Jaccard, shared neighbours.
    QTableWidget *overlapTable() const { return m_overlap; }
    QueryController *controller() const { return m_controller; }
    IndexBuilder *indexBuilder() const { return m_indexBuilder; }
    /// Models of more words than this get a neighbour index (default 200,000).
    std::size_t indexThreshold() const { return m_indexThreshold; }
    void setIndexThreshold(std::size_t words) { m_indexThreshold = words; }
    /// True when single-word neighbours of model A come from its index.
    bool hasIndex() const { return m_indexReady; }
    WordCompleter *completer() const { return m_completer; }
    /// The last answer shown, if any.
    const std::optional<QueryAnswer> &lastAnswer() const { return m_answer; }

signals:
    /// The user explored a word by clicking it, pressing Enter on it or choosing a suggestion.
    void wordActivated(const QString &word);
    /// A message for the status bar.
    void statusMessage(const QString &text);
    /// An answer is on screen (after every query).
    void answerShown();
    /// Model A's neighbour index is built and in use.
    void indexReady();

private:
    void submit(const QueryRequest &request, bool record);
    void showAnswer(const QueryAnswer &answer);
    void showOverlap(const QueryAnswer &answer);
    void chooseSuggestion(const QString &unknown, const QString &suggestion);
    void updateState();
    void startIndex();

    QueryController *m_controller = nullptr;
    IndexBuilder *m_indexBuilder = nullptr;
    std::size_t m_indexThreshold = 200000;
    bool m_indexReady = false;
    int m_indexPercent = -1;
    WordCompleter *m_completer = nullptr;
    QueryForm *m_form = nullptr;
    QueryResultView *m_viewA = nullptr;
    QueryResultView *m_viewB = nullptr;
    QLabel *m_placeholder = nullptr;
    QCheckBox *m_compare = nullptr;
    QLabel *m_overlapTitle = nullptr;
    QTableWidget *m_overlap = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    std::shared_ptr<const core::EmbeddingModel> m_modelA;
    std::shared_ptr<const core::EmbeddingModel> m_modelB;
    QString m_nameA;
    QString m_nameB;
    QStringList m_history;
    int m_historyIndex = -1;
    std::optional<QueryRequest> m_lastRequest;
    std::optional<QueryAnswer> m_answer;
};

} // namespace ewb::ui
