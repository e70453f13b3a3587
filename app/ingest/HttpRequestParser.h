#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace lookout {

struct HttpRequest
{
    QByteArray method;
    QByteArray path; // the target up to '?', still percent-encoded
    QByteArray query; // after '?', without it
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased, values trimmed, in order
    QByteArray body; // as sent (Content-Encoding not undone)
    bool keepAlive = true;

    QByteArray header(QByteArrayView lowercaseName) const;
};

// An incremental HTTP/1.1 request parser for the local ingest: request line, headers, then a body
// framed by Content-Length or chunked transfer coding. It is fed whatever the socket has and takes
// the bytes it uses off the front of the buffer, so pipelined requests follow one another.
//
// Limits are checked as early as the bytes allow: a Content-Length over maxBodyBytes is refused
// as soon as the headers end (before any of the body is read), a chunked body as soon as its
// chunks add up past the limit, headers (and trailers) past maxHeaderBytes before the blank line.
// How the bytes are split between calls never changes the answer (tests/fuzz: http_request).
class HttpRequestParser
{
public:
    enum class Status {
        NeedMore, // feed more bytes
        HeadersDone, // the head is complete; the body follows (asked once per request, see expectsContinue)
        Complete, // take() the request
        Error, // errorStatus()/errorReason() say what to answer; the connection must close
    };

    explicit HttpRequestParser(qsizetype maxBodyBytes, qsizetype maxHeaderBytes = 64 * 1024);

    // Consumes from buffer what it can. Call again after HeadersDone (and after take()), until
    // NeedMore.
    Status parse(QByteArray *buffer);
    HttpRequest take();

    // Valid from HeadersDone on.
    const HttpRequest &current() const { return m_request; }
    bool expectsContinue() const { return m_expectContinue; }
    qint64 contentLength() const { return m_contentLength; } // -1 when chunked or unknown

    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }

private:
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Failed };
    Status fail(int status, QByteArray reason);
    Status parseHead(QByteArray *buffer);

    qsizetype m_maxBody;
    qsizetype m_maxHeader;
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    qint64 m_contentLength = -1;
    qint64 m_chunkLeft = 0;
    qsizetype m_trailerBytes = 0; // of the trailer lines read so far
    bool m_chunked = false;
    bool m_expectContinue = false;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace lookout
