#pragma once

// What the evaluation pane tests share: the gensim-trained fixture and its reference files, and
// a pane over a fresh database per test, driven with the keyboard and mouse as a user drives it.

#include "core/formats/embeddingfile.h"
#include "core/model/embeddingmodel.h"
#include "core/store/database.h"
#include "core/store/modelstore.h"
#include "ui/evaluationpane.h"
#include "ui/evaluationsettingsform.h"
#include "ui/sectiontablemodel.h"
#include "ui/storecontroller.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <random>
#include <string>
#include <vector>

namespace ewb::test {

inline const QString kVectors = QStringLiteral(EWB_TEST_DATA_DIR "/gensim-demo-en-d50.txt");
inline const QString kUserAnalogies
    = QStringLiteral(EWB_TEST_DATA_DIR "/evaluation/user-analogies.txt");
inline const QString kUserPairs = QStringLiteral(EWB_TEST_DATA_DIR "/evaluation/user-pairs.txt");
// The model's name in the pane holds a comma, so the CSV export must quote it.
inline const QString kModelName = QStringLiteral("d50, gensim");

// Lines "tag field..." of a reference file written by bench/make_gensim_fixture.py or
// bench/make_evaluation_fixture.py.
inline QList<QStringList> expectedLines(const QString &file, const QString &tag)
{
    QList<QStringList> rows;
    QFile f(QStringLiteral(EWB_TEST_DATA_DIR "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QStringList fields = QString::fromUtf8(line).split(QLatin1Char(' '));
        if (fields.first() == tag)
            rows << fields;
    }
    return rows;
}

inline QVariant cell(const ui::SectionTableModel *model, int row, int column)
{
    return model->index(row, column).data(ui::SectionTableModel::ValueRole);
}

// The model with `extra` random words appended after its own: the same questions are answered,
// but every one of them is scored against many more rows, so a run takes seconds.
inline std::shared_ptr<const core::EmbeddingModel> padded(const core::EmbeddingModel &model,
                                                          std::size_t extra)
{
    std::vector<std::string> words = model.words();
    core::Matrix vectors(static_cast<Eigen::Index>(model.size() + extra),
                         static_cast<Eigen::Index>(model.dim()));
    vectors.topRows(static_cast<Eigen::Index>(model.size())) = model.vectors();
    std::mt19937 random(7);
    std::normal_distribution<float> normal;
    for (std::size_t i = 0; i < extra; ++i) {
        words.push_back("pad" + std::to_string(i));
        for (Eigen::Index d = 0; d < vectors.cols(); ++d)
            vectors(static_cast<Eigen::Index>(model.size() + i), d) = normal(random);
    }
    auto result = core::EmbeddingModel::create(std::move(words), {}, std::move(vectors));
    return result.ok() ? *result : nullptr;
}

/// The gensim fixture saved as model "d50, gensim" in a new database for every test, and an
/// evaluation pane over it. A test class calls initTestCase(), init() and cleanup() from its
/// slots of the same names. Saves a screenshot of the pane when a test fails.
class EvaluationPaneFixture
{
protected:
    void initTestCase()
    {
        auto model = core::readEmbeddingFile(kVectors.toStdString());
        QVERIFY(model.ok());
        m_model = *model;
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.ewb").arg(++m_databases));
        {
            core::DatabaseOptions options;
            options.mode = core::OpenMode::Create;
            auto db = core::Database::open(path.toStdString(), options);
            QVERIFY(db.ok());
            core::ModelMetadata meta;
            meta.name = kModelName.toStdString();
            meta.source = core::ModelSource::Imported;
            core::ModelStore store(*db);
            auto id = store.save(*m_model, meta);
            QVERIFY(id.ok());
            m_modelId = *id;
        }
        m_databasePath = path;
        openPane();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_pane)
            m_pane->grab().save(QDir::current().filePath(
                QStringLiteral("%1-failure.png").arg(QLatin1String(QTest::currentTestFunction()))));
        m_tester.reset();
        m_pane.reset();
        m_store.reset();
    }

    void openPane()
    {
        m_store = std::make_unique<ui::StoreController>();
        m_pane = std::make_unique<ui::EvaluationPane>(*m_store);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_pane->sectionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pane->resize(1100, 760);
        m_pane->show();
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        QSignalSpy opened(m_store.get(), &ui::StoreController::opened);
        m_store->open(m_databasePath);
        QVERIFY(opened.wait(10000));
        m_pane->setModel(m_modelId, m_model, kModelName);
        QVERIFY(m_pane->runButton()->isEnabled());
    }

    // Chooses a benchmark with the keyboard, as a user would.
    void selectBenchmark(int index)
    {
        QComboBox *box = m_pane->settingsForm()->benchmarkBox();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentIndex(), index);
    }

    void setRestrict(int value)
    {
        QSpinBox *spin = m_pane->settingsForm()->restrictVocabBox();
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
        QCOMPARE(spin->value(), value);
    }

    void runAndWait()
    {
        QSignalSpy finished(m_pane.get(), &ui::EvaluationPane::evaluationFinished);
        QTest::mouseClick(m_pane->runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(m_pane->shownResult());
    }

    QTemporaryDir m_dir;
    std::shared_ptr<const core::EmbeddingModel> m_model;
    QString m_databasePath;
    qint64 m_modelId = 0;
    int m_databases = 0;
    std::unique_ptr<ui::StoreController> m_store;
    std::unique_ptr<ui::EvaluationPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace ewb::test
