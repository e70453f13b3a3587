#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace lookout {

// Lets files be dropped onto a widget that has other work to do (the main window): install it with
// watch(), and it accepts drags that carry local files and emits filesDropped with their paths.
// Drags of anything else (text, web links) are left to the widget.
//
//   auto *drops = new FileDropFilter(this);
//   drops->watch(this);
//   connect(drops, &FileDropFilter::filesDropped, this, &MainWindow::importFiles);
class FileDropFilter : public QObject
{
    Q_OBJECT
public:
    explicit FileDropFilter(QObject *parent = nullptr);

    // Makes widget accept drops and filters its drag and drop events.
    void watch(QWidget *widget);

    // The local files and folders a drag carries, in its order; empty when it carries none.
    static QStringList localFiles(const QMimeData *mime);

Q_SIGNALS:
    // While a drag of files is over the widget (true) and when it leaves or drops (false).
    void dragActive(bool active, int fileCount);
    void filesDropped(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace lookout
