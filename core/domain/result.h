// One error type and one result type for the client core and the shared domain code.
//
// A CoreError says which of two different things went wrong: the input was refused
// (Validation: a mutation's arguments broke a rule of domain/mutation_defs.h, a post to a
// locked thread, someone else's post; the user can change what they asked), or the local cache
// failed (Storage: a statement, a transaction, a corrupt or unreadable file; nothing the user
// typed will fix it). Reads return Result<T> rather than an empty value on failure, so a broken
// cache is never shown as an empty catalogue.
#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace lyceum {

struct CoreError {
    enum class Kind { Validation, Storage };
    Kind kind = Kind::Storage;
    QString message; // a sentence for the user (validation) or "<what>: <sqlite message>"

    static CoreError validation(QString message) { return {Kind::Validation, std::move(message)}; }
    static CoreError storage(QString message) { return {Kind::Storage, std::move(message)}; }
    bool isValidation() const { return kind == Kind::Validation; }
    bool isStorage() const { return kind == Kind::Storage; }
};

template<typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(CoreError error)
        : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    // Only when ok().
    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    // For callers that degrade on purpose (and say so where they call it).
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }
    // Only when !ok().
    const CoreError &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, CoreError> m_state;
};

// Result<void>: done, or why not.
template<> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(CoreError error)
        : m_error(std::move(error))
        , m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const CoreError &error() const { return m_error; }
    // The message when failed, empty when done (for callers that report text).
    QString errorText() const { return m_failed ? m_error.message : QString(); }

private:
    CoreError m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace lyceum
