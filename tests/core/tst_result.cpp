#include "core/common/result.h"

#include <QtTest>

#include <string>

using namespace ewb::core;

class TestResult : public QObject {
    Q_OBJECT

private slots:
    void holdsValue()
    {
        Result<int> r(42);
        QVERIFY(r.ok());
        QCOMPARE(*r, 42);
    }

    void holdsError()
    {
        Result<std::string> r(fail(ErrorCode::NotFound, "no word 'x'"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QCOMPARE(QString::fromStdString(r.error().detail), QStringLiteral("no word 'x'"));
    }

    void voidResult()
    {
        Result<void> good;
        QVERIFY(good.ok());
        Result<void> bad(fail(ErrorCode::Cancelled, "stop"));
        QVERIFY(!bad.ok());
        QCOMPARE(errorCodeName(bad.error().code), std::string_view("cancelled"));
    }
};

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
