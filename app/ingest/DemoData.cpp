#include "ingest/DemoData.h"

#include "health/HealthStore.h"
#include "ingest/Importer.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace lookout::DemoData {

static const QString demoRoot = QStringLiteral(":/demo");
static constexpr qint64 staleAfterSecs = qint64(12) * 3600;

QDateTime referenceTime()
{
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC);
}

// Keeps each timestamp in the representation it had (float seconds or RFC 3339 text).
static QJsonValue shifted(const QJsonValue &value, qint64 shiftMs)
{
    if (value.isDouble())
        return value.toDouble() + double(shiftMs) / 1000.0;
    if (value.isString()) {
        const QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (dt.isValid())
            return dt.addMSecs(shiftMs).toUTC().toString(Qt::ISODate);
    }
    return value;
}

static void shiftField(QJsonObject &object, QStringView key, qint64 shiftMs)
{
    const auto it = object.find(key);
    if (it != object.end())
        *it = shifted(*it, shiftMs);
}

static QJsonObject shiftRecord(QJsonObject record, qint64 shiftMs)
{
    for (const auto key : {u"timestamp", u"start_timestamp", u"started"})
        shiftField(record, key, shiftMs);
    if (record.contains(u"breadcrumbs")) {
        QJsonObject crumbs = record.value(u"breadcrumbs").toObject();
        QJsonArray values = crumbs.value(u"values").toArray();
        for (qsizetype i = 0; i < values.size(); ++i) {
            QJsonObject crumb = values.at(i).toObject();
            shiftField(crumb, u"timestamp", shiftMs);
            values.replace(i, crumb);
        }
        crumbs.insert(QStringLiteral("values"), values);
        record.insert(QStringLiteral("breadcrumbs"), crumbs);
    }
    if (record.contains(u"aggregates")) {
        QJsonArray aggregates = record.value(u"aggregates").toArray();
        for (qsizetype i = 0; i < aggregates.size(); ++i) {
            QJsonObject bucket = aggregates.at(i).toObject();
            shiftField(bucket, u"started", shiftMs);
            aggregates.replace(i, bucket);
        }
        record.insert(QStringLiteral("aggregates"), aggregates);
    }
    return record;
}

bool load(Store &store, const QDateTime &now, ImportReport *report)
{
    QFile projectsFile(demoRoot + QStringLiteral("/projects.json"));
    if (!projectsFile.open(QIODevice::ReadOnly)) {
        report->problems.append({projectsFile.fileName(), 0, -1, QStringLiteral("the demo data is missing from this build")});
        return false;
    }
    const QJsonArray projects = QJsonDocument::fromJson(projectsFile.readAll()).array();
    const qint64 shiftMs = referenceTime().msecsTo(now);
    Importer importer(store);
    for (const auto &p : projects) {
        const QJsonObject project = p.toObject();
        const QString slug = project.value(u"slug").toString();
        const qint64 projectId
            = store.ensureProject(slug, project.value(u"name").toString(), project.value(u"platform").toString());
        for (const auto name : {u"events.jsonl", u"sessions.jsonl", u"user-sessions.jsonl"}) {
            QFile file(demoRoot + QLatin1Char('/') + slug + QLatin1Char('/') + QStringView(name).toString());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++report->files;
            qint64 lineNumber = 0;
            while (!file.atEnd()) {
                const QByteArray line = file.readLine();
                ++lineNumber;
                const QJsonObject record = shiftRecord(QJsonDocument::fromJson(line).object(), shiftMs);
                importer.importRecord(
                    projectId, record, QJsonDocument(record).toJson(QJsonDocument::Compact), file.fileName(), lineNumber, report);
            }
        }
    }
    if (!importer.finish(report) || !report->ok())
        return false;
    // The health view opens on series, not payloads: fold the demo's sessions now.
    HealthStore health(store);
    if (!health.refresh()) {
        report->problems.append({QStringLiteral("demo sessions"), 0, -1, health.errorString()});
        return false;
    }
    return true;
}

// A cache made before this executable was built (installed) may group or store differently.
static bool madeByThisBuild(const QString &path)
{
    const QDateTime built = QFileInfo(QCoreApplication::applicationFilePath()).lastModified();
    return !built.isValid() || QFileInfo(path).lastModified() >= built;
}

bool open(Store &store, const QString &path, const QDateTime &now, QString *error)
{
    // A demo whose newest event is days old no longer shows what the demo is for, so a stale
    // cache is rebuilt like a missing, empty, unreadable or outdated one. It is derived data:
    // nothing is lost.
    if (madeByThisBuild(path) && store.open(path) && store.eventCount() > 0
        && store.newestEventTime().secsTo(now) < staleAfterSecs)
        return true;
    store.close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!store.open(path)) {
        *error = store.errorString();
        return false;
    }
    ImportReport report;
    if (!load(store, now, &report)) {
        *error = report.problems.isEmpty() ? store.errorString() : report.problems.constFirst().toString();
        return false;
    }
    return true;
}

} // namespace lookout::DemoData
