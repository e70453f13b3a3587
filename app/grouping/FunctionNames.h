#pragma once

#include <QString>

namespace lookout {

// Platform families as Sentry's grouping sees them: frames of one family share normalisation rules.
enum class PlatformFamily { Native, JavaScript, Other };

PlatformFamily platformFamily(const QString &platform);
QString platformFamilyName(PlatformFamily family);

// Sentry's trim_function_name: strips what differs between builds of the same code (argument lists,
// template arguments, return types, compiler-specific lambda names, Rust hashes) so that one function
// has one name. Only C# and the native family are trimmed; other platforms come back unchanged.
class FunctionNames
{
public:
    static QString trim(const QString &function, const QString &platform);
    static QString trimNative(const QString &function);
    static QString trimCsharp(const QString &function);
};

} // namespace lookout
