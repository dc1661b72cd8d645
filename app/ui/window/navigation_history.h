#pragma once

// Back and forward over the list views the reader has seen (a feed, a folder,
// a topic, a search). Pure logic: no widgets, no store. The window tells it
// which view it leaves; it hands back the view to return to.

#include "storage/store.h"

#include <QList>
#include <QString>

#include <optional>

namespace Ui {

// One list view: what it shows, its title, and the story that was selected
// in it when the reader left (0 for none).
struct ListView {
    Core::StoryFilter filter;
    QString title;
    Core::StoryId story = 0;
};

class NavigationHistory {
public:
    static constexpr int DefaultLimit = 50;
    explicit NavigationHistory(int limit = DefaultLimit);

    // The reader leaves `current` for a new view: `current` can be returned
    // to, and whatever lay forward is forgotten. The oldest entry goes when
    // more than the limit are kept.
    void leave(const ListView &current);
    // The view before `current` (which becomes the way forward), or nothing.
    std::optional<ListView> back(const ListView &current);
    // The view `back` left (with `current` the way back again), or nothing.
    std::optional<ListView> forward(const ListView &current);
    void clear();

    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    int backCount() const { return int(m_back.size()); }
    int forwardCount() const { return int(m_forward.size()); }
    int limit() const { return m_limit; }

private:
    void push(QList<ListView> &stack, const ListView &view) const;

    int m_limit;
    QList<ListView> m_back; // newest last
    QList<ListView> m_forward; // newest last
};

} // namespace Ui
