#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace marginalia {

// Every fallible operation in core returns its value or a sentence for the user:
// what went wrong, naming the file or object concerned.
template<typename T>
using Result = std::expected<T, QString>;

inline std::unexpected<QString> failure(QString message)
{
    return std::unexpected<QString>(std::move(message));
}

} // namespace marginalia
