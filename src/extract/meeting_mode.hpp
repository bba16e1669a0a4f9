#pragma once
// How a meeting was held (gk:mode): in person, by phone or by video, as its trigger ("phoned",
// "a video call") and the manner adverbial of its clause ("by phone", "via video link") say.
#include <cstdint>

namespace geokg {

struct Abstracted;
struct SentenceAnalysis;
struct LexiconIndex;

// Unknown: the text does not say.
enum class MeetingMode : std::uint8_t { Unknown, InPerson, ByPhone, Virtual };

// The local name of the mode's individual in the ontology ("ByPhone"); "" for Unknown.
const char* meeting_mode_name(MeetingMode mode);

// Whether the parties met from afar: a call or a virtual meeting, which implies no visit.
inline bool from_afar(MeetingMode mode) {
    return mode == MeetingMode::ByPhone || mode == MeetingMode::Virtual;
}

// Two statements of one meeting's mode as one: what one says where the other is silent; a
// call by video is virtual; in person against from afar says nothing.
MeetingMode combine_modes(MeetingMode a, MeetingMode b);

// Gives each meeting of the analysis the mode its trigger phrase and the manner adverbials
// the abstraction removed from its clause state: the words:in-person-word, words:phone-word
// and words:virtual-word of ontology/lexicon.ttl decide a phrase's mode (in person first,
// then virtual: "a courtesy call", "a video call"). A manner adverbial belongs to the nearest
// trigger before it ("spoke by phone with", "met Suto by phone"), or the first after it when
// none is before. The guest's visit a call would imply ("received ... by phone") is dropped.
void attach_meeting_modes(SentenceAnalysis& analysis, const Abstracted& abs,
                          const LexiconIndex& index);

} // namespace geokg
