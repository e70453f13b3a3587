#pragma once

#include "domain/Event.h"

#include <QWidget>

namespace lookout {

// An event's tags as key/value chips that wrap like words. Keys and values are drawn as plain text.
class TagChips : public QWidget
{
    Q_OBJECT
public:
    explicit TagChips(QWidget *parent = nullptr);

    void setTags(const KeyValueList &tags);
    KeyValueList tags() const { return m_tags; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Chip
    {
        QRect rect;
        int keyWidth = 0;
    };
    QList<Chip> layoutChips(int width) const;
    QString shown(const QString &text) const;

    KeyValueList m_tags;
};

} // namespace lookout
