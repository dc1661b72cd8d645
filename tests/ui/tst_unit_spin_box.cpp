// A spin box's unit follows its value: "1 day", "2 days"; the words around
// the number become prefix and suffix, so a unit may come first; a plural
// form that spells its number borrows the unit of a form that writes it;
// showing a unit again replaces the old one, and updateUnit re-reads state.

#include "widgets/unit_spin_box.h"

#include <QApplication>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

class TestUnitSpinBox final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unitFollowsTheValue();
    void unitMayComeFirst();
    void spelledFormBorrowsTheUnit();
    void showingAgainReplacesAndUpdateRereads();
};

void TestUnitSpinBox::unitFollowsTheValue()
{
    QSpinBox box;
    box.setRange(0, 100);
    box.setValue(1);
    Ui::showUnit(
        &box, [](int n) { return n == 1 ? QStringLiteral("%1 day").arg(n) : QStringLiteral("%1 days").arg(n); });
    QCOMPARE(box.text(), QStringLiteral("1 day"));
    box.setValue(7);
    QCOMPARE(box.text(), QStringLiteral("7 days"));
    QCOMPARE(box.suffix(), QStringLiteral(" days"));
    QCOMPARE(box.prefix(), QString());
}

void TestUnitSpinBox::unitMayComeFirst()
{
    QSpinBox box;
    box.setRange(0, 100);
    box.setValue(3);
    Ui::showUnit(&box, [](int n) { return QStringLiteral("every %1 min").arg(n); });
    QCOMPARE(box.prefix(), QStringLiteral("every "));
    QCOMPARE(box.suffix(), QStringLiteral(" min"));
    QCOMPARE(box.text(), QStringLiteral("every 3 min"));
}

void TestUnitSpinBox::spelledFormBorrowsTheUnit()
{
    QSpinBox box;
    box.setRange(0, 100);
    box.setValue(5);
    // As Arabic: "one day" and "two days" spell their number.
    Ui::showUnit(&box, [](int n) {
        if (n == 1)
            return QStringLiteral("one day");
        if (n == 2)
            return QStringLiteral("two days");
        return QStringLiteral("%1 days").arg(n);
    });
    box.setValue(2);
    QCOMPARE(box.text(), QStringLiteral("2 days"));
    box.setValue(1);
    QCOMPARE(box.text(), QStringLiteral("1 days"));
}

void TestUnitSpinBox::showingAgainReplacesAndUpdateRereads()
{
    QSpinBox box;
    box.setRange(0, 100);
    box.setValue(4);
    bool inDays = true;
    Ui::showUnit(&box, [](int n) { return QStringLiteral("%1 weeks").arg(n); });
    Ui::showUnit(
        &box, [&inDays](int n) { return (inDays ? QStringLiteral("%1 days") : QStringLiteral("%1 stories")).arg(n); });
    QCOMPARE(box.text(), QStringLiteral("4 days"));
    box.setValue(6);
    QCOMPARE(box.text(), QStringLiteral("6 days")); // the first unit no longer applies
    inDays = false;
    QCOMPARE(box.text(), QStringLiteral("6 days"));
    Ui::updateUnit(&box);
    QCOMPARE(box.text(), QStringLiteral("6 stories"));
    // Its line edit and everything else of the box is untouched.
    QVERIFY(box.findChild<QLineEdit *>());
}

QTEST_MAIN(TestUnitSpinBox)
#include "tst_unit_spin_box.moc"
