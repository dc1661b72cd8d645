#include "widgets/unit_spin_box.h"

#include <QSpinBox>
#include <QString>

namespace Ui {

namespace {

// The object name that finds a box's UnitText among its children (a class
// without Q_OBJECT cannot be told apart by findChild's type).
constexpr char UnitTextName[] = "tidingsUnitText";

// Kept as the box's child: the phrase for a count, applied on each change.
class UnitText final : public QObject {
public:
    UnitText(QSpinBox *box, std::function<QString(int)> text)
        : QObject(box)
        , m_box(box)
        , m_text(std::move(text))
    {
        setObjectName(QLatin1String(UnitTextName));
    }

    static UnitText *of(QSpinBox *box)
    {
        return static_cast<UnitText *>(
            box->findChild<QObject *>(QLatin1String(UnitTextName), Qt::FindDirectChildrenOnly));
    }

    void apply() const
    {
        // A form may spell its number (Arabic's "one day", "two days"): then
        // the unit comes from a form that writes it, for the box writes the
        // number.
        for (const int count : { m_box->value(), 100, 11 }) {
            const QString phrase = m_text(count);
            const QString number = QString::number(count);
            const qsizetype at = phrase.indexOf(number);
            if (at >= 0) {
                m_box->setPrefix(phrase.left(at));
                m_box->setSuffix(phrase.mid(at + number.size()));
                return;
            }
        }
    }

private:
    QSpinBox *m_box;
    std::function<QString(int)> m_text;
};

} // namespace

void showUnit(QSpinBox *box, std::function<QString(int)> text)
{
    delete UnitText::of(box);
    auto *unit = new UnitText(box, std::move(text));
    unit->apply();
    QObject::connect(box, &QSpinBox::valueChanged, unit, [unit] { unit->apply(); });
}

void updateUnit(QSpinBox *box)
{
    if (const UnitText *unit = UnitText::of(box))
        unit->apply();
}

} // namespace Ui
