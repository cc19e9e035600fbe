#pragma once

// AddressSanitizer reserves terabytes of address space for its shadow memory at start-up, so a process under
// RLIMIT_AS aborts before it runs (status 6). Tests that cap a child's address space skip that cap in sanitizer
// builds (make test-asan, -DMARGINALIA_SANITIZE=ON) and keep their time limits; ASan reports what the cap would
// have caught as leaks or overflows of its own. GCC defines __SANITIZE_ADDRESS__, clang has the feature test.
#if defined(__SANITIZE_ADDRESS__)
#define MARGINALIA_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MARGINALIA_ADDRESS_SANITIZER 1
#endif
#endif

namespace marginalia::testing {

#ifdef MARGINALIA_ADDRESS_SANITIZER
inline constexpr bool kAddressSpaceCanBeCapped = false;
#else
inline constexpr bool kAddressSpaceCanBeCapped = true;
#endif

} // namespace marginalia::testing
