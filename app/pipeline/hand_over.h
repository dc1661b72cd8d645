#pragma once

// Work and results cross between the GUI, parser and storage threads through
// Qt's event queues (QMetaObject::invokeMethod, queued signals), whose locks
// are inside libQt6Core. Debian's Qt is not built with ThreadSanitizer, so
// that ordering is invisible to it, and data written before a hand-over and
// read after it would be reported as a race. Under TSan (scripts/run-tsan.sh)
// the pipeline announces each hand-over: handingOver(x) just before posting
// or emitting on x's behalf, handedOver(x) first thing where it arrives.
// Elsewhere both are empty.

#if defined(__SANITIZE_THREAD__)
#define TIDINGS_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define TIDINGS_TSAN 1
#endif
#endif

#ifdef TIDINGS_TSAN
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace Core {

inline void handingOver([[maybe_unused]] const void *token)
{
#ifdef TIDINGS_TSAN
    __tsan_release(const_cast<void *>(token));
#endif
}

inline void handedOver([[maybe_unused]] const void *token)
{
#ifdef TIDINGS_TSAN
    __tsan_acquire(const_cast<void *>(token));
#endif
}

} // namespace Core
