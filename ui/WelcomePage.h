#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QCommandLinkButton;
class QLabel;

namespace lookout {

class FileDropFilter;

// The first page a new user sees, with three ways in: connect a Sentry account, open the demo
// data, or import files (chosen in a file dialog or dropped onto the page). It only asks; the
// window does the work on its signals.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Replaces the file dialog "Import Files…" opens (tests; a remembered folder).
    using FilePicker = std::function<QStringList(QWidget *parent)>;
    void setFilePicker(FilePicker picker) { m_pickFiles = std::move(picker); }
    // The file dialog for imports (also the window's File > Import Files).
    static QStringList chooseFiles(QWidget *parent);

    QCommandLinkButton *connectButton() const { return m_connect; }
    QCommandLinkButton *demoButton() const { return m_demo; }
    QCommandLinkButton *importButton() const { return m_import; }
    QLabel *dropHint() const { return m_dropHint; }

Q_SIGNALS:
    void connectAccountRequested();
    void demoRequested();
    void importRequested(const QStringList &files);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void setDragActive(bool active, int fileCount);

    QCommandLinkButton *m_connect;
    QCommandLinkButton *m_demo;
    QCommandLinkButton *m_import;
    QLabel *m_dropHint;
    FileDropFilter *m_drops;
    FilePicker m_pickFiles;
    bool m_dragActive = false;
};

} // namespace lookout
