#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace lookout {

// The connection's last error for a person: SQLite's message, said plainly when a write failed for
// want of space (SQLite reports a write the system refused with EFBIG or EDQUOT as "disk I/O error").
QString sqliteErrorText(sqlite3 *db);

// A prepared SQLite statement that finalizes itself. Bind indexes are 1-based, as in SQLite.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorString() const { return m_error; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); } // not ambiguous with double
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, const QByteArray &value);
    Statement &bindNull(int index);

    // Steps once: true while a row is available; done() tells whether it finished cleanly.
    bool step();
    bool exec(); // steps to completion; false on error
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    // The column as SQLite typed it: qint64, double, QString, QByteArray, or null.
    QVariant value(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace lookout
