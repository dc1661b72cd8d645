#include "topics_word_ids.h"

#include <algorithm>
#include <utility>

namespace Core::Topics {

quint32 WordIds::hashOf(QStringView word)
{
    // FNV-1a over UTF-16 units: words are short, and the table compares
    // whole words on a hash match anyway.
    quint32 hash = 2166136261u;
    for (const QChar c : word)
        hash = (hash ^ c.unicode()) * 16777619u;
    return hash;
}

qsizetype WordIds::slotOf(QStringView word, quint32 hash) const
{
    const qsizetype mask = qsizetype(m_slots.size()) - 1;
    qsizetype slot = qsizetype(hash) & mask;
    while (m_slots[size_t(slot)].id >= 0
        && (m_slots[size_t(slot)].hash != hash || m_words.at(m_slots[size_t(slot)].id) != word))
        slot = (slot + 1) & mask;
    return slot;
}

int WordIds::find(QStringView word) const
{
    if (m_slots.empty())
        return -1;
    return m_slots[size_t(slotOf(word, hashOf(word)))].id;
}

int WordIds::insert(QStringView word)
{
    if (qsizetype(m_slots.size()) < 2 * (m_words.size() + 1))
        rehash(std::max<size_t>(64, m_slots.size() * 2));
    const quint32 hash = hashOf(word);
    Slot &slot = m_slots[size_t(slotOf(word, hash))];
    if (slot.id < 0) {
        slot = { hash, int(m_words.size()) };
        m_words.append(word);
    }
    return slot.id;
}

void WordIds::reserve(qsizetype words)
{
    size_t slots = 64;
    while (slots < size_t(2 * words))
        slots *= 2;
    if (slots > m_slots.size())
        rehash(slots);
    m_words.reserve(words);
}

void WordIds::rehash(size_t slots)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slots));
    const size_t mask = m_slots.size() - 1;
    for (const Slot &entry : old) {
        if (entry.id < 0)
            continue;
        size_t slot = entry.hash & mask;
        while (m_slots[slot].id >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = entry;
    }
}

} // namespace Core::Topics
