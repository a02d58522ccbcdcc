#pragma once

#include "core/common/error.h"

#include <cassert>
#include <utility>
#include <variant>

namespace ewb::core {

/// Either a value of type T or an Error: the small subset of C++23 std::expected that the core
/// needs (GCC 12 lacks <expected> in C++20). Accessing the wrong alternative is a programmer
/// error and asserts.
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() &
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    const T &value() const &
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    T &&value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_data));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const
    {
        assert(!ok());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but success or an Error.
template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const
    {
        assert(!m_ok);
        return m_error;
    }

private:
    Error m_error;
    bool m_ok = true;
};

/// Shorthand to build an Error value: `return fail(ErrorCode::NotFound, "no word 'x'");`
inline Error fail(ErrorCode code, std::string detail)
{
    return Error{code, std::move(detail)};
}

} // namespace ewb::core
