#pragma once

// The seed story (../shared/seed/000_3362aebe0ca77040.txt): its eight body
// paragraphs, typed in from reading the page, so tests of the tagger do not
// need the extractor and tests of the extractor have the truth to compare to.

#include <QString>
#include <QStringList>

namespace TestSupport {

inline QStringList seedParagraphs()
{
    return {
        QStringLiteral(
            "Beijing, (APP - UrduPoint / Pakistan Point News - 17th May, 2024) Russian leader Vladimir Putin "
            "was in the northeastern city of Harbin on Friday, the final day of a visit aiming to promote "
            "crucial trade with China and win greater support for his war effort in Ukraine."),
        QStringLiteral("Putin arrived Thursday on his first trip abroad since his March re-election, meeting President "
                       "Xi Jinping for talks in which the leaders framed their nations' ties as a stabilising force in "
                       "a chaotic world."),
        QStringLiteral("China and Russia's strategic partnership has only grown closer since the invasion of Ukraine, "
                       "and Beijing has rebuffed Western claims that it is aiding Moscow's war effort."),
        QStringLiteral("China has also offered a critical lifeline to Russia's isolated economy, with trade booming "
                       "since the invasion and hitting $240 billion in 2023, according to Chinese customs figures."),
        QStringLiteral("Putin's trip to Harbin is part of efforts to enhance that economic relationship."),
        QStringLiteral("Lying just a few hundred kilometres from the border with Russia, the city has long served as a "
                       "key hub for cross-border trade and cultural exchange."),
        QStringLiteral("The Russian president will attend the opening ceremony of a Russia-China trade expo on Friday, "
                       "Moscow's state news agency TASS reported, and will be accompanied by Han Zheng, China's vice "
                       "president."),
        QStringLiteral("Putin will hold a press conference with Russian media later in the day."),
    };
}

} // namespace TestSupport
