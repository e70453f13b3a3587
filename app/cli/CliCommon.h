#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace lookout {

class Store;

namespace cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

QTextStream &out();
QTextStream &err();
int usageError(const QString &message);
bool stderrIsTerminal();

// Each command gets the store opened by main and its own arguments (arguments[0] names it).
int runImport(Store &store, const QStringList &arguments);
int runIssues(Store &store, const QStringList &arguments);
int runShow(Store &store, const QStringList &arguments);
int runExport(Store &store, const QStringList &arguments);
int runStats(Store &store);
int runHealth(Store &store, const QStringList &arguments);
// Opens its own connections (globalDb: the --db given before the command, or empty).
int runIngest(const QString &globalDb, const QStringList &arguments);

} // namespace cli
} // namespace lookout
