#pragma once

#include <QByteArrayView>
#include <QString>

namespace lookout {

// Indents JSON text as it is, for the raw event view: keys keep their order and numbers their
// spelling (a parse and re-serialise would sort the keys and round large integers to doubles).
// The input is taken to be JSON, as every payload in the store was parsed when it was imported.
class JsonFormatter
{
public:
    static QString indent(QByteArrayView json, int width = 4);
};

} // namespace lookout
