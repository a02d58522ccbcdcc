#include "ui/projectioncontroller.h"
#include "ui/projectionexporter.h"
#include "ui/projectionoptionsform.h"
#include "ui/projectionpane.h"
#include "ui/projectionview.h"

#include "core/project/pcaoptions.h"
#include "core/project/pcaprojection.h"

#include "exploremodels.h"

#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace ewb;
using namespace ewb::ui;

namespace {

constexpr int shownWords = 300;

// The k most cosine-similar of the first n rows to row `query`, best first, computed here with
// plain double loops (independently of core::Queries).
QList<int> cosineNeighbours(const core::EmbeddingModel &model, int n, int query, int k)
{
    const auto &v = model.vectors();
    auto norm = [&](int r) { return std::sqrt(double(v.row(r).cast<double>().squaredNorm())); };
    std::vector<std::pair<double, int>> scores;
    for (int r = 0; r < n; ++r) {
        if (r == query)
            continue;
        const double dot = v.row(query).cast<double>().dot(v.row(r).cast<double>());
        scores.push_back({ -dot / (norm(query) * norm(r)), r });
    }
    std::sort(scores.begin(), scores.end());
    QList<int> rows;
    for (int i = 0; i < k; ++i)
        rows.append(scores[std::size_t(i)].second);
    return rows;
}

double residual(const QList<QPointF> &a, const QList<QPointF> &b)
{
    double sum = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QPointF d = a[i] - b[i];
        sum += d.x() * d.x() + d.y() * d.y();
    }
    return sum;
}

} // namespace

class TestProjectionPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_model = test::gensimDemoModel();
        QVERIFY(m_model);
        QVERIFY(m_model->size() > std::size_t(shownWords));
    }

    void init()
    {
        m_pane = std::make_unique<ProjectionPane>();
        m_pane->resize(1000, 700);
        m_pane->view()->setAnimationDuration(0);
        m_pane->optionsForm()->topWordsBox()->setValue(shownWords);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QSignalSpy finished(m_pane->controller(), &ProjectionController::finished);
        m_pane->setModel(m_model, QStringLiteral("demo"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_pane->view()->words().size(), shownWords);
        QCOMPARE(m_pane->view()->targetPositions().size(), shownWords);
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            m_pane->grab().save(QStringLiteral("tst_projectionpane-%1.png")
                                    .arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_pane.reset();
    }

    void searchHighlightsOrIsolates_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("isolate");
        QTest::newRow("prefix-highlight") << QStringLiteral("^th") << false;
        QTest::newRow("prefix-isolate") << QStringLiteral("^th") << true;
        QTest::newRow("suffix-isolate") << QStringLiteral("ing$") << true;
        QTest::newRow("upper-case-finds-lower") << QStringLiteral("^THE$") << false;
    }

    void searchHighlightsOrIsolates()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, isolate);
        if (isolate)
            m_pane->isolateBox()->setChecked(true);
        QTest::keyClicks(m_pane->searchEdit(), pattern);
        // Expected matches by plain string tests on the model's words (case-insensitive).
        const std::string needle
            = pattern.toLower().remove(QLatin1Char('^')).remove(QLatin1Char('$')).toStdString();
        int expected = 0;
        for (int i = 0; i < shownWords; ++i) {
            const std::string &word = m_model->word(std::size_t(i));
            bool match = false;
            if (pattern.startsWith(QLatin1Char('^')) && pattern.endsWith(QLatin1Char('$')))
                match = word == needle;
            else if (pattern.startsWith(QLatin1Char('^')))
                match = word.starts_with(needle);
            else
                match = word.ends_with(needle);
            expected += match ? 1 : 0;
            QCOMPARE(m_pane->view()->isMatch(i), match);
        }
        QVERIFY(expected > 0);
        QCOMPARE(m_pane->view()->matchCount(), expected);
        QVERIFY2(m_pane->searchMessage().contains(QLocale().toString(expected)),
                 qPrintable(m_pane->searchMessage()));
        m_pane->view()->grab();
        const QStringList labelled = m_pane->view()->labelledWords();
        QVERIFY(!labelled.isEmpty());
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        const bool allMatch = std::all_of(labelled.begin(), labelled.end(),
                                          [&](const QString &w) { return re.match(w).hasMatch(); });
        // Isolated: only matches are labelled. Highlighted: other words keep their labels.
        QCOMPARE(allMatch, isolate || expected >= m_pane->view()->labelLimit());
    }

    void invalidPatternSaysWhy()
    {
        QTest::keyClicks(m_pane->searchEdit(), QStringLiteral("^th"));
        QVERIFY(m_pane->view()->matchCount() > 0);
        QTest::keyClicks(m_pane->searchEdit(), QStringLiteral("(["));
        QVERIFY2(m_pane->searchMessage().startsWith(QLatin1String("Invalid regular expression")),
                 qPrintable(m_pane->searchMessage()));
        QCOMPARE(m_pane->view()->matchCount(), 0);
        m_pane->searchEdit()->clear();
        QVERIFY(m_pane->searchMessage().isEmpty());
    }

    void clickShowsNeighbours()
    {
        ProjectionView *view = m_pane->view();
        // The first word whose point is at least 4 pixels from every other, so a click on
        // it cannot hit another.
        int target = -1;
        for (int i = 0; i < shownWords && target < 0; ++i) {
            bool alone = true;
            for (int j = 0; j < shownWords && alone; ++j)
                alone = i == j
                    || (view->mapToWidget(i) - view->mapToWidget(j)).manhattanLength() >= 6;
            if (alone)
                target = i;
        }
        QVERIFY(target >= 0);
        QSignalSpy activated(m_pane.get(), &ProjectionPane::wordActivated);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->mapToWidget(target).toPoint());
        QCOMPARE(activated.count(), 1);
        const QString word = QString::fromStdString(m_model->word(std::size_t(target)));
        QCOMPARE(activated.at(0).at(0).toString(), word);
        QCOMPARE(view->selectedIndex(), target);
        QCOMPARE(view->neighbourIndices(), cosineNeighbours(*m_model, shownWords, target, 8));
        view->grab();
        QVERIFY(view->labelledWords().contains(word));
        QTest::keyClick(view, Qt::Key_Escape);
        QCOMPARE(view->selectedIndex(), -1);
    }

    void unknownWordsOfAListAreReported()
    {
        QSignalSpy finished(m_pane->controller(), &ProjectionController::finished);
        m_pane->optionsForm()->wordListEdit()->setPlainText(
            QStringLiteral("king, queen man\nwoman zzqxunknown king"));
        m_pane->optionsForm()->wordListButton()->setChecked(true);
        m_pane->restart();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_pane->view()->words(), (QStringList { "king", "queen", "man", "woman" }));
        QVERIFY2(m_pane->searchMessage().contains(QLatin1String("zzqxunknown")),
                 qPrintable(m_pane->searchMessage()));
    }

    void exports_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("svg") << QStringLiteral("svg");
        QTest::newRow("csv") << QStringLiteral("csv");
    }

    void exports()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("projection.") + suffix);
        QString error;
        ProjectionView *view = m_pane->view();
        if (suffix == QLatin1String("png")) {
            QVERIFY2(m_pane->exportPng(path, &error), qPrintable(error));
            QImage image;
            QVERIFY(image.load(path));
            QCOMPARE(image.size(), view->size() * view->devicePixelRatio());
        } else if (suffix == QLatin1String("svg")) {
            QVERIFY2(m_pane->exportSvg(path, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            int shapes = 0;
            bool sawWord = false;
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement
                    && (xml.name() == QLatin1String("ellipse")
                        || xml.name() == QLatin1String("circle")
                        || xml.name() == QLatin1String("path")))
                    ++shapes;
                if (xml.isCharacters() && xml.text() == QLatin1String("the"))
                    sawWord = true;
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY2(shapes >= shownWords / 2, qPrintable(QString::number(shapes)));
            QVERIFY(sawWord);
        } else {
            QVERIFY2(m_pane->exportCsv(path, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = file.readAll().split('\n');
            QCOMPARE(lines.first(), QByteArray("word,x,y"));
            QCOMPARE(lines.size(), shownWords + 2); // header, rows, empty after the last \n
            QCOMPARE(lines[1].split(',').first(), QByteArray(m_model->word(0).c_str()));
            QCOMPARE(lines[1].split(',')[1].toDouble(), view->targetPositions()[0].x());
        }
    }

    void csvQuotesAsRfc4180()
    {
        const QByteArray csv = ProjectionExporter::csv(
            { QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("plain"),
              QStringLiteral("北京") },
            { QPointF(1, -2), QPointF(0.5, 1e-7), QPointF(3, 4), QPointF(-0.25, 2) });
        QCOMPARE(csv,
                 QByteArray("word,x,y\n\"a,b\",1,-2\n\"say \"\"hi\"\"\",0.5,1e-07\nplain,3,4\n"
                            "\xe5\x8c\x97\xe4\xba\xac,-0.25,2\n"));
    }

    void liveSnapshotsArriveAligned()
    {
        ProjectionView *view = m_pane->view();
        const QList<QPointF> before = view->targetPositions();
        QSignalSpy frames(m_pane->controller(), &ProjectionController::frameReady);
        // Three checkpoints: the model with growing noise, as vectors drift during training.
        std::shared_ptr<const core::EmbeddingModel> snapshot;
        QList<QPointF> previous = before;
        for (int step = 1; step <= 3; ++step) {
            snapshot = test::perturbedModel(*m_model, 1000, 0.02f * float(step));
            QVERIFY(snapshot);
            const qsizetype seen = frames.count();
            m_pane->showSnapshot(snapshot, QStringLiteral("epoch %1").arg(step));
            QTRY_COMPARE_WITH_TIMEOUT(frames.count(), seen + 1, 10000);
            const ProjectionFrame frame = frames.constLast().at(0).value<ProjectionFrame>();
            QVERIFY(frame.complete);
            QCOMPARE(frame.points.size(), shownWords);
            // The same PCA without alignment, computed here from the snapshot's vectors.
            core::Matrix points = snapshot->vectors().topRows(shownWords);
            auto pca = core::PcaProjection::create(points, core::PcaOptions {});
            QVERIFY(pca.ok());
            QVERIFY((*pca)->run(1).ok());
            QList<QPointF> raw;
            for (Eigen::Index i = 0; i < shownWords; ++i)
                raw.append(QPointF((*pca)->layout()(i, 0), (*pca)->layout()(i, 1)));
            // Mirror the raw layout both ways: alignment must beat the best of them too, as
            // it also scales and rotates.
            double unaligned = residual(raw, previous);
            for (QPointF flip : { QPointF(-1, 1), QPointF(1, -1), QPointF(-1, -1) }) {
                QList<QPointF> mirrored = raw;
                for (QPointF &p : mirrored)
                    p = QPointF(p.x() * flip.x(), p.y() * flip.y());
                unaligned = std::min(unaligned, residual(mirrored, previous));
            }
            const double aligned = residual(frame.points, previous);
            QVERIFY2(aligned < unaligned,
                     qPrintable(QStringLiteral("step %1: aligned %2, unaligned %3")
                                    .arg(step)
                                    .arg(aligned)
                                    .arg(unaligned)));
            previous = frame.points;
        }
        QTRY_COMPARE(view->targetPositions(), previous);
        QCOMPARE(m_pane->model(), snapshot);
    }

private:
    std::shared_ptr<const core::EmbeddingModel> m_model;
    std::unique_ptr<ProjectionPane> m_pane;
};

QTEST_MAIN(TestProjectionPane)
#include "tst_projectionpane.moc"
