#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ewb::ui {

/// One question asked in the explore pane, as the user typed it. A plain value, copied to the
/// worker thread that answers it.
struct QueryRequest
{
    /// What is asked; `words` holds different things for each kind.
    enum class Kind {
        Neighbours, ///< words = { a word or an expression such as "king - man + woman" }
        Analogy, ///< words = { a, b, c } for a : b :: c : ?; `expected` optional
        Similarity, ///< words = { a, b }
        OddOneOut, ///< words = the list, at least two
        WordLists, ///< words = a list; each word's own top-k neighbours (watch words, overlap)
    };

    Kind kind = Kind::Neighbours;
    QStringList words;
    /// Analogy only: the answer the user expects; its rank under 3CosAdd and 3CosMul is shown.
    QString expected;
    /// Number of answers, 1..1000 (core Queries::maxK); more costs only the final sort.
    int k = 10;

    /// Splits a typed list ("red, green blue") at commas (also the Chinese "，" and "、") and
    /// whitespace, dropping empty parts.
    static QStringList splitList(const QString &text)
    {
        static const QRegularExpression separators(QStringLiteral("[,\\x{3001}\\x{ff0c}\\s]+"));
        return text.split(separators, Qt::SkipEmptyParts);
    }

    bool operator==(const QueryRequest &other) const = default;
};

} // namespace ewb::ui
