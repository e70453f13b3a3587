#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace lookout {

// Reads a text file line by line, gzip-compressed or not (zlib detects which), without loading it
// whole. Lines longer than maxLineLength are reported as errors rather than read into memory;
// gzip data that expands like a decompression bomb (InputLimits::expandsTooMuch) stops the
// reading with Status::Error.
class LineReader
{
public:
    explicit LineReader(const QString &path, qsizetype maxLineLength = qsizetype(64) * 1024 * 1024);
    ~LineReader();
    LineReader(const LineReader &) = delete;
    LineReader &operator=(const LineReader &) = delete;

    bool isOpen() const;
    enum class Status { Line, TooLong, End, Error };
    // The next line without its terminator; lineNumber() is then its 1-based number.
    Status next(QByteArray *line);
    qint64 lineNumber() const { return m_lineNumber; }
    QString errorString() const { return m_error; }
    // How far into the file (compressed bytes, for gzip) reading has got: for progress.
    qint64 compressedOffset() const;

private:
    bool fill();

    struct Impl;
    std::unique_ptr<Impl> d;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_maxLineLength;
    qint64 m_lineNumber = 0;
    qint64 m_decompressed = 0;
    bool m_eof = false;
    QString m_error;
};

} // namespace lookout
