#pragma once

// Errors as values (Qt Creator's Utils::Result idea). g++ 12 has no std::expected in C++20,
// so this is the small subset Simu needs: a value or an error, never an exception.

#include <type_traits>
#include <utility>
#include <variant>

namespace Util {

template <typename E>
struct Failure
{
    E error;
};

// fail(error) converts to any Result<T, E>: `return Util::fail(ParseError{...});`
template <typename E>
Failure<std::decay_t<E>> fail(E &&error)
{
    return {std::forward<E>(error)};
}

template <typename T, typename E>
class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_data(std::in_place_index<0>, value)
    {}
    Result(T &&value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    template <typename F>
    Result(Failure<F> failure)
        : m_data(std::in_place_index<1>, E(std::move(failure.error)))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value: `for (x : repo.list().value())` must not iterate a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

    const E &error() const { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, E> m_data;
};

template <typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    template <typename F>
    Result(Failure<F> failure)
        : m_error(E(std::move(failure.error)))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const E &error() const { return m_error; }

private:
    E m_error{};
    bool m_ok = true;
};

} // namespace Util
