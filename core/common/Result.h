#pragma once

#include <QString>

#include <utility>

#if __has_include(<expected>)
#include <expected>
#endif

#if defined(__cpp_lib_expected)
namespace marginalia {
using std::expected;
using std::unexpected;
} // namespace marginalia
#else
// Compilers whose standard library lacks std::expected (clang up to 18 with libstdc++ 12, used for
// the fuzzing build) get this small equivalent, covering what the project uses.
#include <optional>
#include <type_traits>
#include <variant>

namespace marginalia {

template<typename E>
class unexpected
{
public:
    explicit unexpected(E error) : m_error(std::move(error)) {}
    E &error() & { return m_error; }
    const E &error() const & { return m_error; }
    E &&error() && { return std::move(m_error); }

private:
    E m_error;
};

template<typename E>
unexpected(E) -> unexpected<E>;

template<typename T, typename E>
class expected
{
public:
    using value_type = T;
    using error_type = E;

    expected() requires std::is_default_constructible_v<T> : m_storage(std::in_place_index<0>) {}

    template<typename U = T>
        requires(std::is_constructible_v<T, U &&> && !std::is_same_v<std::remove_cvref_t<U>, expected>
                 && !std::is_same_v<std::remove_cvref_t<U>, unexpected<E>>)
    expected(U &&value) : m_storage(std::in_place_index<0>, std::forward<U>(value))
    {
    }

    template<typename G>
    expected(const unexpected<G> &error) : m_storage(std::in_place_index<1>, error.error())
    {
    }
    template<typename G>
    expected(unexpected<G> &&error) : m_storage(std::in_place_index<1>, std::move(error).error())
    {
    }

    bool has_value() const { return m_storage.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T &operator*() & { return std::get<0>(m_storage); }
    const T &operator*() const & { return std::get<0>(m_storage); }
    T &&operator*() && { return std::get<0>(std::move(m_storage)); }
    T *operator->() { return &std::get<0>(m_storage); }
    const T *operator->() const { return &std::get<0>(m_storage); }
    T &value() & { return std::get<0>(m_storage); }
    const T &value() const & { return std::get<0>(m_storage); }

    E &error() & { return std::get<1>(m_storage); }
    const E &error() const & { return std::get<1>(m_storage); }

    template<typename U>
    T value_or(U &&fallback) const &
    {
        return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, E> m_storage;
};

template<typename E>
class expected<void, E>
{
public:
    using value_type = void;
    using error_type = E;

    expected() = default;
    template<typename G>
    expected(const unexpected<G> &error) : m_error(error.error())
    {
    }
    template<typename G>
    expected(unexpected<G> &&error) : m_error(std::move(error).error())
    {
    }

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    void operator*() const {}
    void value() const {}
    E &error() & { return *m_error; }
    const E &error() const & { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace marginalia
#endif

namespace marginalia {

// Every fallible operation in core returns its value or a sentence for the user:
// what went wrong, naming the file or object concerned.
template<typename T>
using Result = expected<T, QString>;

inline unexpected<QString> failure(QString message)
{
    return unexpected<QString>(std::move(message));
}

// The sentence of a failed result, or an empty string for a success. Safe either way, unlike error(), which is
// undefined on a success: QVERIFY2 and log lines evaluate their message even when the result holds a value.
template<typename R>
QString errorText(const R &result)
{
    return result.has_value() ? QString() : QString(result.error());
}

} // namespace marginalia
