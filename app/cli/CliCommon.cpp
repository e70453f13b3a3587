#include "CliCommon.h"

#include <cstdio>
#include <unistd.h>

namespace lookout::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << "lookoutctl: " << message << "\nTry 'lookoutctl --help'.\n";
    err().flush();
    return Usage;
}

bool stderrIsTerminal()
{
    return isatty(fileno(stderr)) != 0;
}

} // namespace lookout::cli
