#pragma once

#include <QString>

namespace lookout {

struct Event;

// An event's stack traces as text in the platform's own format, for pasting where people expect
// exactly that: a Python traceback (oldest call first, the exception last), a JavaScript or Java
// stack with "Caused by:", Go's function/file pairs, a native backtrace with addresses, PHP's
// "#0 file(line): function()", Ruby's "from file:line:in", .NET's inner-exception form.
class RawStackTrace
{
public:
    enum class Style { Python, JavaScript, Java, Go, Native, Php, Ruby, CSharp };

    static Style styleFor(const QString &platform);
    static QString render(const Event &event);
};

} // namespace lookout
