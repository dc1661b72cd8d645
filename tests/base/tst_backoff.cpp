#include "base/backoff.h"

#include <QTest>

using namespace Core;

// The rest a failing feed gets before it is fetched again.
class TestBackoff final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void doublesUpToADay_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("never failed") << 0 << qint64(0);
        QTest::newRow("negative count") << -3 << qint64(0);
        QTest::newRow("first failure: 5 min") << 1 << qint64(300);
        QTest::newRow("second: 10 min") << 2 << qint64(600);
        QTest::newRow("third: 20 min") << 3 << qint64(1200);
        QTest::newRow("ninth: just under a day") << 9 << qint64(76800);
        QTest::newRow("tenth: capped at a day") << 10 << qint64(86400);
        QTest::newRow("beyond the shift range") << 1000 << qint64(86400);
    }
    void doublesUpToADay()
    {
        QFETCH(int, failures);
        QFETCH(qint64, seconds);
        QCOMPARE(backoffSeconds(failures), seconds);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
