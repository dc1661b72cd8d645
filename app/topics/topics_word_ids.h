#pragma once

#include <QList>
#include <QStringView>

#include <vector>

namespace Core::Topics {

// Numbers distinct words: an open-addressing table of views into strings
// that outlive it (the text, or the vocabulary's own words). The tagger asks
// about every word of every article, so one cheap hash per word is the budget.
class WordIds final {
public:
    // The word's id, or -1 when it has none.
    int find(QStringView word) const;
    // The word's id, numbering it (0, 1, 2...) when it is new.
    int insert(QStringView word);
    // Room for this many words without growing.
    void reserve(qsizetype words);
    qsizetype size() const { return m_words.size(); }
    QStringView word(int id) const { return m_words.at(id); }

private:
    struct Slot {
        quint32 hash = 0;
        int id = -1; // -1: empty
    };
    static quint32 hashOf(QStringView word);
    qsizetype slotOf(QStringView word, quint32 hash) const;
    void rehash(size_t slots);

    QList<QStringView> m_words; // by id
    std::vector<Slot> m_slots; // a power of two, at most half full
};

} // namespace Core::Topics
