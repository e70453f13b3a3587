#pragma once

// A loopback client for the local ingest endpoint, and the cache it writes: shared by the ingest
// server's tests.
#include "MockClock.h"
#include "TestData.h"
#include "ingest/IngestServer.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <zlib.h>

namespace lookout::test {

using namespace Qt::StringLiterals;

struct Reply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// Reads one response (headers and a Content-Length body) from socket; status 0 on failure. What
// follows it (the next pipelined response) stays in the socket's property "pending".
inline Reply readReply(QTcpSocket &socket)
{
    Reply reply;
    QByteArray buffer = socket.property("pending").toByteArray();
    qsizetype headEnd = -1;
    while ((headEnd = buffer.indexOf("\r\n\r\n")) < 0) {
        if (!socket.waitForReadyRead(5000))
            return reply;
        buffer += socket.readAll();
    }
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    reply.status = lines.constFirst().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        reply.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    buffer.remove(0, headEnd + 4);
    const qsizetype length = reply.header("content-length").toLongLong();
    while (buffer.size() < length) {
        if (!socket.waitForReadyRead(5000))
            break;
        buffer += socket.readAll();
    }
    reply.body = buffer.left(length);
    socket.setProperty("pending", buffer.mid(length));
    return reply;
}

inline QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    bool chunked = false;
    for (const auto &[name, value] : headers) {
        out += name + ": " + value + "\r\n";
        chunked = chunked || (name == "Transfer-Encoding" && value == "chunked");
    }
    if (!chunked)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

inline QByteArray compress(const QByteArray &data, int windowBits)
{
    z_stream stream {};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 64, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.truncate(out.size() - stream.avail_out);
    deflateEnd(&stream);
    return out;
}

inline QByteArray chunk(const QByteArray &data, qsizetype size)
{
    QByteArray out;
    for (qsizetype at = 0; at < data.size(); at += size) {
        const QByteArray part = data.mid(at, size);
        out += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
    }
    return out + "0\r\n\r\n";
}

inline QByteArray readData(const QString &name)
{
    QFile file(test::dataPath(u"envelopes/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A fresh cache and rejected folder per test, and requests sent to a server on loopback.
class IngestFixture
{
protected:
    QTemporaryDir m_dir;
    IngestSettings m_settings;
    test::MockClock m_clock;

    IngestSettings settings()
    {
        IngestSettings settings;
        settings.dbPath = m_dir.filePath(u"cache.db"_s);
        settings.rejectedDir = m_dir.filePath(u"rejected"_s);
        settings.requestsPerSecond = 0;
        return settings;
    }

    Reply send(IngestServer &server, const QByteArray &raw)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(raw);
        return readReply(socket);
    }

    Reply post(IngestServer &server, const QByteArray &target, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send(server, request("POST", target, body, headers));
    }

    qint64 storedEvents()
    {
        Store store;
        return store.open(m_dir.filePath(u"cache.db"_s)) ? store.eventCount() : -1;
    }

    // payload_format of every stored event.
    QList<qint64> payloadFormats()
    {
        QList<qint64> formats;
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(m_dir.filePath(u"cache.db"_s).toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK) {
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(db, "SELECT payload_format FROM events ORDER BY id", -1, &stmt, nullptr);
            while (stmt && sqlite3_step(stmt) == SQLITE_ROW)
                formats << sqlite3_column_int64(stmt, 0);
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
        return formats;
    }

    void resetCache()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"cache.db"_s));
        QDir(m_dir.filePath(u"rejected"_s)).removeRecursively();
    }
};

} // namespace lookout::test
