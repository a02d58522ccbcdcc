#include "ui/queryform.h"

#include "core/model/queries.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ewb::ui {

QueryForm::QueryForm(QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("queryTabs"));
    m_tabs->setDocumentMode(true);
    for (int tab = 0; tab <= OverlapTab; ++tab)
        m_fields.append(QList<QLineEdit *>());

    QLineEdit *expression = lineEdit(tr("Word or expression"), tr("king - man + woman"));
    m_tabs->addTab(
        page(NeighboursTab, { { tr("&Word or expression:"), expression } }, tr("&Explore")),
        tr("&Neighbours"));

    QLineEdit *a = lineEdit(tr("Word a"), tr("man"));
    QLineEdit *b = lineEdit(tr("Word b"), tr("king"));
    QLineEdit *c = lineEdit(tr("Word c"), tr("woman"));
    QLineEdit *expected = lineEdit(tr("Expected answer"), tr("optional, e.g. queen"));
    m_tabs->addTab(page(AnalogyTab,
                        { { tr("&a:"), a },
                          { tr("is to &b:"), b },
                          { tr("as &c:"), c },
                          { tr("is to (e&xpected):"), expected } },
                        tr("So&lve")),
                   tr("Anal&ogy"));

    QLineEdit *first = lineEdit(tr("First word"), tr("cat"));
    QLineEdit *second = lineEdit(tr("Second word"), tr("dog"));
    m_tabs->addTab(page(SimilarityTab,
                        { { tr("&First word:"), first }, { tr("S&econd word:"), second } },
                        tr("&Compute")),
                   tr("&Similarity"));

    QLineEdit *list = lineEdit(tr("Words to compare"), tr("breakfast cereal dinner lunch"));
    m_tabs->addTab(page(OddOneOutTab, { { tr("&Words:"), list } }, tr("&Find")),
                   tr("O&dd One Out"));

    QLineEdit *overlap
        = lineEdit(tr("Words to compare between the models"), tr("king city war music"));
    m_tabs->addTab(page(OverlapTab, { { tr("&Words:"), overlap } }, tr("Co&mpare")),
                   tr("O&verlap"));
    m_tabs->setTabToolTip(OverlapTab,
                          tr("How many top-k neighbours each word keeps between two models "
                             "(Jaccard index)"));

    m_k = new QSpinBox(this);
    m_k->setObjectName(QStringLiteral("k"));
    m_k->setRange(1, core::Queries::maxK);
    m_k->setValue(10);
    m_k->setAccessibleName(tr("Number of answers"));
    m_k->setToolTip(tr("How many answers to show (top k)"));
    auto *kLabel = new QLabel(tr("&Top k:"), this);
    kLabel->setBuddy(m_k);

    // k applies to every tab, so it sits beside the tabs rather than on one of them.
    auto *kBox = new QWidget(this);
    auto *kRow = new QHBoxLayout(kBox);
    kRow->setContentsMargins(8, 0, 0, 2);
    kRow->addWidget(kLabel);
    kRow->addWidget(m_k);
    m_tabs->setCornerWidget(kBox, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

QLineEdit *QueryForm::lineEdit(const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QWidget *QueryForm::page(Tab tab, const QList<QPair<QString, QLineEdit *>> &rows,
                         const QString &buttonText)
{
    // One line of labelled fields and the button: every tab is as short as the shortest, so
    // the results get the height.
    auto *widget = new QWidget(this);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(4, 4, 4, 4);
    for (const auto &[text, edit] : rows) {
        auto *label = new QLabel(text, widget);
        label->setBuddy(edit);
        edit->setParent(widget);
        layout->addWidget(label);
        layout->addWidget(edit, 1);
        m_fields[tab].append(edit);
        connect(edit, &QLineEdit::returnPressed, this, &QueryForm::submit);
    }
    auto *button = new QPushButton(buttonText, widget);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, &QueryForm::submit);
    m_buttons.append(button);
    layout->addWidget(button);
    return widget;
}

QueryRequest QueryForm::request() const
{
    QueryRequest request;
    request.k = m_k->value();
    const auto tab = Tab(m_tabs->currentIndex());
    const QList<QLineEdit *> &fields = m_fields[tab];
    switch (tab) {
    case NeighboursTab:
        request.kind = QueryRequest::Kind::Neighbours;
        request.words = QStringList { fields[0]->text().simplified() };
        break;
    case AnalogyTab:
        request.kind = QueryRequest::Kind::Analogy;
        for (int i = 0; i < 3; ++i)
            request.words << fields[i]->text().trimmed();
        request.expected = fields[3]->text().trimmed();
        break;
    case SimilarityTab:
        request.kind = QueryRequest::Kind::Similarity;
        request.words = QStringList { fields[0]->text().trimmed(), fields[1]->text().trimmed() };
        break;
    case OddOneOutTab:
        request.kind = QueryRequest::Kind::OddOneOut;
        request.words = QueryRequest::splitList(fields[0]->text());
        break;
    case OverlapTab:
        request.kind = QueryRequest::Kind::WordLists;
        request.words = QueryRequest::splitList(fields[0]->text());
        break;
    }
    return request;
}

void QueryForm::submit()
{
    const QueryRequest question = request();
    // An empty field has nothing to ask; the placeholder already says what to type.
    for (const QString &word : question.words) {
        if (word.isEmpty())
            return;
    }
    if (!question.words.isEmpty())
        emit submitted(question);
}

int QueryForm::k() const
{
    return m_k->value();
}

void QueryForm::setK(int k)
{
    m_k->setValue(k);
}

void QueryForm::setNeighboursText(const QString &text)
{
    m_tabs->setCurrentIndex(NeighboursTab);
    m_fields[NeighboursTab][0]->setText(text);
}

void QueryForm::replaceWord(const QString &from, const QString &to)
{
    // A whole word between separators (start, end, whitespace, comma, '+' or a leading '-').
    const QRegularExpression word(QStringLiteral("(^|[\\s,+]|(?:^|\\s)-)%1(?=$|[\\s,+])")
                                      .arg(QRegularExpression::escape(from)));
    for (QLineEdit *edit : m_fields[m_tabs->currentIndex()]) {
        QString text = edit->text();
        text.replace(word, QStringLiteral("\\1") + to);
        edit->setText(text);
    }
}

void QueryForm::setCompleter(QCompleter *completer)
{
    for (const QList<QLineEdit *> &fields : m_fields) {
        for (QLineEdit *edit : fields)
            edit->setCompleter(completer);
    }
}

QLineEdit *QueryForm::field(Tab tab, int index) const
{
    return m_fields[tab].value(index);
}

QPushButton *QueryForm::button(Tab tab) const
{
    return m_buttons.value(tab);
}

} // namespace ewb::ui
