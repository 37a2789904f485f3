// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include <cassert>
#include <map>
#include <string>
#include <utility>
#include <variant>

namespace ReluLab::Core {

/// A user-input error reported by core. `code` is a stable id ("parameter_out_of_range") that the
/// ui maps to a translated sentence using `args`; `message` is the English sentence for logs and
/// for the rare place that has no translation.
struct Error
{
    std::string code;
    std::string message;
    std::map<std::string, std::string> args;

    std::string arg(const std::string &key) const
    {
        const auto it = args.find(key);
        return it == args.end() ? std::string() : it->second;
    }
};

/// The one way core builds an Error: its stable code, the English sentence, and the arguments
/// the ui's translated sentence is filled with.
inline Error makeError(std::string code, std::string message,
                       std::map<std::string, std::string> args = {})
{
    return Error{std::move(code), std::move(message), std::move(args)};
}

/// Either a value or an Error (std::expected arrives only in C++23). User-input errors are
/// return values; programmer errors are asserts.
template<typename T>
class Expected
{
public:
    Expected(T value)
        : m_state(std::move(value))
    {}
    Expected(Error error)
        : m_state(std::move(error))
    {}

    bool hasValue() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return hasValue(); }

    T &value()
    {
        assert(hasValue());
        return std::get<T>(m_state);
    }
    const T &value() const
    {
        assert(hasValue());
        return std::get<T>(m_state);
    }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const
    {
        assert(!hasValue());
        return std::get<Error>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

/// Expected<void>: success or an Error.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace ReluLab::Core
