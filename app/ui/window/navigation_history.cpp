#include "window/navigation_history.h"

#include <QtGlobal>

namespace Ui {

NavigationHistory::NavigationHistory(int limit)
    : m_limit(qMax(1, limit))
{
}

void NavigationHistory::push(QList<ListView> &stack, const ListView &view) const
{
    stack.append(view);
    while (stack.size() > m_limit)
        stack.removeFirst();
}

void NavigationHistory::leave(const ListView &current)
{
    push(m_back, current);
    m_forward.clear();
}

std::optional<ListView> NavigationHistory::back(const ListView &current)
{
    if (m_back.isEmpty())
        return std::nullopt;
    push(m_forward, current);
    return m_back.takeLast();
}

std::optional<ListView> NavigationHistory::forward(const ListView &current)
{
    if (m_forward.isEmpty())
        return std::nullopt;
    push(m_back, current);
    return m_forward.takeLast();
}

void NavigationHistory::clear()
{
    m_back.clear();
    m_forward.clear();
}

} // namespace Ui
