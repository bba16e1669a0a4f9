#pragma once
// The word classes of ontology/lexicon.ttl: the C++ name of each, and the index that answers
// "is this word (or phrase) one of the class's?" for the mention finder and the grammars.
#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace geokg {

// One per `words:` resource of ontology/lexicon.ttl; its comment there says what it decides.
enum class WordClass : std::uint8_t {
    NotAName,
    NameParticle,
    RegnalNumeral,
    Article,
    Determiner,
    Former,
    SingularPronoun,
    PluralPronoun,
    GroupCount,
    GroupPersonNoun,
    GroupStateNoun,
    RelativePronoun,
    FutureSubordinator,
    EnRouteParticiple,
    StateNoun,
    CountryNoun,
    SettlementNoun,
    CapitalNoun,
    NameConnector,
    AgreementNameConnector,
    ArticleNameWord,
    AgreementLeftStop,
    AgreementIdiomPreposition,
    PlanMarker,
    Negation,
    Refusal,
    Intention,
    Expectation,
    PlanModifier,
    PastMarker,
    ClauseAdverb,
    LightVerb,
    NounModifier,
    TourNoun,
    TourVerb,
    InclusionVerb,
    SpeechVerb,
    RoleVerb,
    MeetingManner,
    TimePreposition,
    YearContext,
    RelativeTimeShift,
    RelativeTimeUnit,
    // Titles and names (issue 8)
    TitleModifier,
    Portfolio,
    NameSuffix,
    CounterpartNoun,
    HeadlineMinorWord,
    NotANameEnding,
    SpeakerPreposition,
    ParticipantWord,
    GovernmentQualifier,
    FirstPersonPronoun,
    DayPart,
    CompanionVerb,
    ThingNameHead,
    OrdinalTitleModifier,
    DirectionParticle,
    HeldVerb,
    ParticipationVerb,
    // How a meeting was held
    InPersonWord,
    PhoneWord,
    VirtualWord,
    GovernmentOfficeWord,
    HostileActNoun,
};
inline constexpr std::size_t word_class_count = 65;

// The local name of the class's IRI under {base}words/: "not-a-name", "light-verb".
std::string_view word_class_name(WordClass word_class);

// The words of one class as the ontology gives them.
struct WordClassWords {
    WordClass word_class = WordClass::NotAName;
    bool case_sensitive = false;
    std::vector<std::string> words; // phrases: words separated by single spaces
    bool operator==(const WordClassWords&) const = default;
};

// Membership tests by word, in one hash look-up: each word maps to the set of classes it
// belongs to. Words of case-insensitive classes are stored and looked up in lower case.
class WordClassIndex {
public:
    WordClassIndex() = default;
    explicit WordClassIndex(const std::vector<WordClassWords>& classes);

    // `word` as written (a case-sensitive class compares it so) or already lower case.
    bool has(WordClass word_class, std::string_view word) const;
    // The longest phrase of the class at the start of `words` (one word per element), in
    // words; 0 when none. Single-word entries count as phrases of length 1.
    std::size_t phrase_at(WordClass word_class, const std::vector<std::string_view>& words) const;
    // The same over text whose words are separated by single spaces (the abstracted sentence
    // the relation grammar reads): the length in bytes of the match at `text`'s start, 0 if none.
    std::size_t match_text(WordClass word_class, std::string_view text) const;
    // Every word and phrase of the class, as the ontology gives them.
    const std::vector<std::string>& words_of(WordClass word_class) const;

private:
    // One bit per class: every class, however many the ontology's vocabulary grows to (a
    // 64-bit mask once aliased the 65th class with the first).
    using Mask = std::bitset<word_class_count>;
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::unordered_map<std::string, Mask, Hash, std::equal_to<>> exact_; // case-sensitive
    std::unordered_map<std::string, Mask, Hash, std::equal_to<>> folded_;
    // Phrases of several words, by their first word (lower case).
    std::unordered_map<std::string, std::vector<std::pair<WordClass, std::vector<std::string>>>,
                       Hash, std::equal_to<>>
        phrases_;
    std::array<std::vector<std::string>, word_class_count> words_;
    std::array<bool, word_class_count> case_sensitive_{};
};

} // namespace geokg
