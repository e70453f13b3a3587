#include "CliCommon.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace lookout::cli {

int runExport(Store &store, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write every event in the cache as JSON Lines, each in the form it was "
                                                    "imported in (so `lookoutctl import` reads it back)."));
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format; only jsonl."), QStringLiteral("format"),
        QStringLiteral("jsonl")});
    parser.addOption(
        {QStringLiteral("output"), QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.value(QStringLiteral("format")) != u"jsonl")
        return usageError(QStringLiteral("unknown format '%1'; only jsonl").arg(parser.value(QStringLiteral("format"))));

    QSaveFile file;
    QFile stdoutFile;
    QIODevice *device = nullptr;
    if (parser.isSet(QStringLiteral("output"))) {
        // QSaveFile: a failed or interrupted export never leaves a half-written file behind.
        file.setFileName(parser.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly)) {
            err() << "lookoutctl: cannot write " << file.fileName() << ": " << file.errorString() << '\n';
            return Failed;
        }
        device = &file;
    } else {
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            err() << "lookoutctl: cannot write to standard output\n";
            return Failed;
        }
        device = &stdoutFile;
    }
    qint64 count = 0;
    bool writeOk = true;
    const bool readOk = store.forEachEvent([&](const StoredEvent &event) {
        QByteArray line = event.payload;
        if (line.contains('\n')) // a pretty-printed JSON file: one line per record in JSONL
            line = QJsonDocument::fromJson(line).toJson(QJsonDocument::Compact);
        writeOk = device->write(line) == line.size() && device->write("\n", 1) == 1;
        ++count;
        return writeOk;
    });
    if (!readOk || !writeOk || (device == &file && !file.commit())) {
        err() << "lookoutctl: export failed: " << (readOk ? device->errorString() : store.errorString()) << '\n';
        return Failed;
    }
    err() << count << " events exported\n";
    return Ok;
}

} // namespace lookout::cli
